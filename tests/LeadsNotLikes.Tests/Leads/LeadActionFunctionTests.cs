using LeadsNotLikes.Digest;
using LeadsNotLikes.Leads;
using LeadsNotLikes.Storage.Cosmos;
using LeadsNotLikes.Tests.Hosting;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LeadsNotLikes.Tests.Leads;

/// <summary>The parts of the mark-handled link that need no database: signature, expiry and the GET confirmation.</summary>
public sealed class LeadActionFunctionTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero));
    private readonly CosmosClient _cosmos = new("https://127.0.0.1:1/", Convert.ToBase64String(new byte[64]));
    private readonly DigestLinks _links = new(Options.Create(new DigestOptions { LinkSecret = new string('k', 32), PublicBaseUrl = "https://app.example/" }), new ConfigurationBuilder().Build());

    private LeadActionFunction Function() => new(_links,
        new LeadStore(_cosmos, Options.Create(new CosmosOptions { Endpoint = "https://127.0.0.1:1/" }), _time), _time, NullLogger<LeadActionFunction>.Instance);

    private Task<HttpFunctionCall> CallAsync(string method, string url, string? action = null)
    {
        var uri = new Uri(url);
        var parts = uri.AbsolutePath.Split('/');
        return HttpFunctionCall.RunAsync(HttpFunctionCall.Request(method, uri.AbsolutePath, query: uri.Query.TrimStart('?')),
            r => Function().RunAsync(r, parts[3], parts[4], action ?? parts[5], CancellationToken.None));
    }

    public void Dispose() => _cosmos.Dispose();

    [Fact]
    public async Task Get_ValidLink_AsksForConfirmation_WithoutMarking()
    {
        var call = await CallAsync("GET", _links.Create("acme", "lead-1", LeadAction.Handled, _time.GetUtcNow().AddDays(1)));

        Assert.Equal(200, call.Status);
        Assert.Equal("text/html", call.ContentType);
        Assert.Contains("<form method=\"post\"", call.Body, StringComparison.Ordinal);
        Assert.Contains("Mark handled", call.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Expired_Or_Tampered_IsForbidden()
    {
        var url = _links.Create("acme", "lead-1", LeadAction.Handled, _time.GetUtcNow().AddDays(1));
        _time.Advance(TimeSpan.FromDays(2));

        Assert.Equal(403, (await CallAsync("POST", url)).Status);
        Assert.Equal(403, (await CallAsync("POST", _links.Create("acme", "lead-1", LeadAction.Handled, _time.GetUtcNow().AddDays(1)), "not-a-lead")).Status);
    }
}
