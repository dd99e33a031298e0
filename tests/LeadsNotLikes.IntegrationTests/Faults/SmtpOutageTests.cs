using LeadsNotLikes.Digest;
using LeadsNotLikes.IntegrationTests.Support;
using LeadsNotLikes.Storage.Cosmos;
using LeadsNotLikes.Teams;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.IntegrationTests.Faults;

/// <summary>Fault 5: the SMTP server is down when the digest is due, then back, with two timer runs racing.</summary>
[Collection(FaultCollection.Name)]
public sealed class SmtpOutageTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact(Timeout = 240_000)]
    public async Task SmtpDownWhenDigestDue_NothingSent_ThenOneEmailPerTeamWithItsMessageId_EvenWithTwoRunsRacing()
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        var traffic = MetaTraffic.Create(MetaTraffic.MakeTeams(3), 90, day, seed: 5, duplicateRate: 0);
        await using var stack = await FaultStack.StartAsync(Cancel);
        await stack.PutTeamsAsync(traffic.Teams, Cancel);
        await stack.Sender().DeliverAllAsync(traffic.Deliveries, concurrency: 8, Cancel);
        await stack.DrainAsync(TimeSpan.FromSeconds(60), Cancel);
        var digestLog = new DigestLog(stack.Cosmos, Options.Create(new CosmosOptions { Database = "faults" }), TimeProvider.System);

        await stack.Services.Mail.StopAsync();
        var whileDown = await stack.Host.RunFunctionAsync("Digest", null, Cancel);
        foreach (var team in traffic.Teams)
        {
            // Nothing sent: no team's day is marked sent, and no claim is left holding off the next run.
            var record = await digestLog.GetAsync(team.Id, day, Cancel);
            Assert.True(record is null or { Sent: false }, $"{team.Id}'s digest is recorded as sent while SMTP was down");
            Assert.True(record is null || record.LeaseUntil <= DateTimeOffset.UtcNow, $"{team.Id}'s claim was not released");
        }

        await stack.Services.Mail.StartAsync(Cancel);
        Assert.Empty(await ServicesFixture.InboxAsync(stack.Services));
        var racing = await Task.WhenAll(stack.Host.RunFunctionAsync("Digest", null, Cancel), stack.Host.RunFunctionAsync("Digest", null, Cancel));
        var again = await stack.Host.RunFunctionAsync("Digest", null, Cancel);

        Assert.False(whileDown);
        Assert.Equal([true, true], racing);
        Assert.True(again);
        var inbox = await ServicesFixture.InboxAsync(stack.Services);
        Assert.Equal(traffic.Teams.Count, inbox.Count);
        foreach (var team in traffic.Teams)
        {
            var email = Assert.Single(await ServicesFixture.InboxForAsync(stack.Services, team.Recipient));
            var expectedId = DigestSender.MessageId(new Team { Id = team.Id, Name = "Team " + team.Id }, day, FaultStack.From);
            var messageId = (email["messageId"] ?? email["headers"]?["message-id"])?.GetValue<string>();
            Assert.True(messageId is not null, "no Message-ID in maildev's email: " + email.ToJsonString()[..Math.Min(600, email.ToJsonString().Length)]);
            Assert.Equal(expectedId, messageId.Trim('<', '>'));
            Assert.True((await digestLog.GetAsync(team.Id, day, Cancel))!.Sent);
            var leads = traffic.ActiveLeads[team.Id].Count;
            Assert.StartsWith($"Team {team.Id}: {leads} leads vs ", email["subject"]!.GetValue<string>(), StringComparison.Ordinal);
        }
    }
}
