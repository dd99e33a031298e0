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

    /// <summary>A "relay" that answers each connection with <paramref name="greeting"/> (or nothing) and hangs up; counts connections.</summary>
    private static async Task<int> CountAttemptsAsync(string? greeting, Type expected)
    {
        using var relay = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        relay.Start();
        var attempts = 0;
        _ = Task.Run(async () =>
        {
            while (true)
            {
                using var connection = await relay.AcceptTcpClientAsync(Cancel);
                Interlocked.Increment(ref attempts);
                if (greeting is not null)
                {
                    await connection.GetStream().WriteAsync(System.Text.Encoding.ASCII.GetBytes(greeting + "\r\n"), Cancel);
                }
            }
        }, Cancel);
        var team = new Team { Id = "t", Name = "t", Recipients = ["x@example.test"] };
        var sender = new DigestSender(Options.Create(new SmtpOptions
        {
            Host = "127.0.0.1", Port = ((System.Net.IPEndPoint)relay.LocalEndpoint).Port, EnableSsl = false, From = "digest@leadsnotlikes.example",
        }), TimeProvider.System);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => sender.SendAsync(team, new DateOnly(2026, 11, 21), new DigestMessage("s", "t", "h"), Cancel));

        Assert.IsType(expected, error);
        return attempts;
    }

    [Fact]
    public async Task Send_RelayDropsTheConnection_IsRetriedThreeTimesThenFails() =>
        Assert.Equal(4, await CountAttemptsAsync(null, typeof(MailKit.Net.Smtp.SmtpProtocolException))); // the first try and three retries

    [Fact]
    public async Task Send_RelayBusy4xx_IsRetried() =>
        Assert.Equal(4, await CountAttemptsAsync("421 4.3.2 Service not available, try later", typeof(MailKit.Net.Smtp.SmtpCommandException)));

    [Fact]
    public async Task Send_RelayRefuses5xx_IsNotRetried() =>
        Assert.Equal(1, await CountAttemptsAsync("554 5.7.1 Access denied", typeof(MailKit.Net.Smtp.SmtpCommandException)));
}
