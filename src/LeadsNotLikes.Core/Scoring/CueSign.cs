namespace LeadsNotLikes.Scoring;

/// <summary>Which way a feature may push the score; training keeps learned weights on this side of zero.</summary>
internal enum CueSign
{
    /// <summary>Either way: the data decides.</summary>
    Free,

    /// <summary>Can only raise the score.</summary>
    Positive,

    /// <summary>Can only lower the score.</summary>
    Negative,
}
