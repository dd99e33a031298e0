namespace LeadsNotLikes.Digest;

/// <summary>Everything one team's digest says about one local day.</summary>
public sealed record DigestReport
{
    public required string TeamName { get; init; }

    public required DateOnly Day { get; init; }

    public required string TimeZone { get; init; }

    public IReadOnlyList<PostActivity> Posts { get; init; } = [];

    public IReadOnlyList<LeadSummary> Leads { get; init; } = [];

    public int TotalLikes => Posts.Sum(p => p.Likes);

    public int TotalComments => Posts.Sum(p => p.Comments);

    public int TotalLeads => Leads.Count;
}
