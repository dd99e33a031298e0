using LeadsNotLikes.Digest;

namespace LeadsNotLikes.Tests.Digest;

public sealed class LeadActionLinksTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);
    private readonly LeadActionLinks _links = new("a-secret-of-at-least-thirty-two-characters", new Uri("https://app.example/"));

    private static Dictionary<string, string> Query(string url) =>
        new Uri(url).Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));

    [Fact]
    public void Create_ThenVerify_Succeeds_UntilItExpires()
    {
        var url = _links.Create("acme", "lead-1", LeadAction.Handled, Now.AddDays(14));
        var q = Query(url);

        Assert.StartsWith("https://app.example/api/leads/acme/lead-1/handled?exp=", url, StringComparison.Ordinal);
        Assert.True(_links.Verify("acme", "lead-1", "handled", q["exp"], q["sig"], Now));
        Assert.False(_links.Verify("acme", "lead-1", "handled", q["exp"], q["sig"], Now.AddDays(14)));
    }

    [Theory]
    [InlineData("other", "lead-1", "handled")]
    [InlineData("acme", "lead-2", "handled")]
    [InlineData("acme", "lead-1", "not-a-lead")]
    public void Verify_AnyOtherTeamLeadOrAction_Fails(string team, string lead, string action)
    {
        var q = Query(_links.Create("acme", "lead-1", LeadAction.Handled, Now.AddDays(1)));

        Assert.False(_links.Verify(team, lead, action, q["exp"], q["sig"], Now));
    }

    [Fact]
    public void Verify_ExtendedExpiryOrOtherKey_Fails()
    {
        var q = Query(_links.Create("acme", "lead-1", LeadAction.NotALead, Now.AddDays(1)));
        var other = new LeadActionLinks("another-secret-of-at-least-thirty-two-chars", new Uri("https://app.example/"));

        Assert.False(_links.Verify("acme", "lead-1", "not-a-lead", (long.Parse(q["exp"], System.Globalization.CultureInfo.InvariantCulture) + 86400).ToString(System.Globalization.CultureInfo.InvariantCulture), q["sig"], Now));
        Assert.False(other.Verify("acme", "lead-1", "not-a-lead", q["exp"], q["sig"], Now));
        Assert.False(_links.Verify("acme", "lead-1", "not-a-lead", q["exp"], null, Now));
    }
}
