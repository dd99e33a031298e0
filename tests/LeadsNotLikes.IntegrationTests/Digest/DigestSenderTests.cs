using LeadsNotLikes.Digest;
using LeadsNotLikes.IntegrationTests.Support;
using LeadsNotLikes.Teams;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.IntegrationTests.Digest;

public sealed class DigestSenderTests(ServicesFixture services)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private DigestSender Sender(int? port = null) => new(Options.Create(new SmtpOptions
    {
        Host = "127.0.0.1",
        Port = port ?? services.Services.Ports.Smtp,
        EnableSsl = false,
        From = "digest@leadsnotlikes.example",
    }), TimeProvider.System);

    [Fact]
    public async Task Send_DeliversHtmlAndTextToEveryRecipient_WithAStableMessageId()
    {
        var recipient = $"{Guid.NewGuid():N}@example.test";
        var team = new Team { Id = "sender-test", Name = "Sender test", Recipients = [recipient, "second-" + recipient] };
        var digest = new DigestMessage("Sender test: 1 lead vs 2 likes", "plain body ✓", "<p>html body ✓</p>");

        await Sender().SendAsync(team, new DateOnly(2026, 11, 21), digest, Cancel);

        var email = Assert.Single(await ServicesFixture.InboxForAsync(services.Services, recipient));
        Assert.Equal("Sender test: 1 lead vs 2 likes", email["subject"]!.GetValue<string>());
        Assert.Contains("plain body ✓", email["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("<p>html body ✓</p>", email["html"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(2, email["to"]!.AsArray().Count);
        Assert.Equal("<digest.sender-test.20261121@leadsnotlikes.example>", email["headers"]!["message-id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Send_RelayDropsTheConnection_IsRetriedThreeTimesThenFails()
    {
        // A "relay" that accepts each connection and hangs up at once: a transient failure every time.
        using var relay = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        relay.Start();
        var attempts = 0;
        var accepting = Task.Run(async () =>
        {
            while (true)
            {
                using var connection = await relay.AcceptTcpClientAsync(Cancel);
                Interlocked.Increment(ref attempts);
            }
        }, Cancel);
        var team = new Team { Id = "t", Name = "t", Recipients = ["x@example.test"] };

        await Assert.ThrowsAsync<System.Net.Mail.SmtpException>(() =>
            Sender(port: ((System.Net.IPEndPoint)relay.LocalEndpoint).Port).SendAsync(team, new DateOnly(2026, 11, 21), new DigestMessage("s", "t", "h"), Cancel));

        Assert.Equal(4, attempts); // the first try and three retries, then it gives up
    }
}
