namespace LeadsNotLikes.Webhooks;

/// <summary>A change in a verified delivery that produced no event, and why (reported in the response and logs).</summary>
public sealed record IgnoredChange(string What, string Reason);
