namespace LeadsNotLikes.Teams;

/// <summary>A platform account (Facebook Page id, Instagram account id, ...) whose engagement belongs to a team.</summary>
public sealed record TeamAccount(string Platform, string AccountId)
{
    /// <summary>The account's routing key, e.g. <c>facebook:1234567890</c>.</summary>
    public string Key => $"{Platform}:{AccountId}";
}
