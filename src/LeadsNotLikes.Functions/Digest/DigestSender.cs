using System.Globalization;
using System.Net.Sockets;
using LeadsNotLikes.Teams;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace LeadsNotLikes.Digest;

/// <summary>
/// Sends a digest over SMTP with MailKit. Nothing else retries SMTP, so transient failures (a dropped connection, a
/// 4xx reply, a timeout) are retried here: bounded, exponential with jitter, each attempt under a timeout. Permanent
/// (5xx) refusals are not retried. The Message-ID is fixed per team and day, so a digest that is sent twice after a
/// crash is recognisably the same message.
/// </summary>
public sealed class DigestSender
{
    /// <summary>How long one attempt (connect, authenticate, send) may take.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(30);

    private readonly SmtpOptions _options;
    private readonly ResiliencePipeline _pipeline;

    public DigestSender(IOptions<SmtpOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = 3,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(1),
                ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
            })
            .AddTimeout(AttemptTimeout)
            .Build();
    }

    /// <summary>The digest's Message-ID (without angle brackets), the same for every send of one team's day.</summary>
    public static string MessageId(Team team, DateOnly day, string fromAddress) => MessageId(team, DigestPeriod.Day(day), fromAddress);

    /// <summary>The digest's Message-ID (without angle brackets), the same for every send of one team's period.</summary>
    public static string MessageId(Team team, DigestPeriod period, string fromAddress)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(period);
        var week = period.IsWeekly ? "week." : "";
        return $"digest.{team.Id}.{week}{period.Start.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}@{MailboxAddress.Parse(fromAddress).Domain}";
    }

    public Task SendAsync(Team team, DateOnly day, DigestMessage digest, CancellationToken cancellationToken) =>
        SendAsync(team, DigestPeriod.Day(day), digest, cancellationToken);

    public async Task SendAsync(Team team, DigestPeriod period, DigestMessage digest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(digest);
        using var message = Compose(team, period, digest);
        await _pipeline.ExecuteAsync(async ct =>
        {
            using var client = new SmtpClient { Timeout = (int)AttemptTimeout.TotalMilliseconds };
            await client.ConnectAsync(_options.Host, _options.Port, Security(_options), ct);
            if (!string.IsNullOrEmpty(_options.UserName))
            {
                await client.AuthenticateAsync(_options.UserName, _options.Password ?? "", ct);
            }

            await client.SendAsync(message, ct);
            await client.DisconnectAsync(quit: true, ct);
        }, cancellationToken);
    }

    private MimeMessage Compose(Team team, DigestPeriod period, DigestMessage digest)
    {
        var message = new MimeMessage
        {
            Subject = digest.Subject,
            MessageId = MessageId(team, period, _options.From),
            Body = new BodyBuilder { TextBody = digest.PlainText, HtmlBody = digest.Html }.ToMessageBody(),
        };
        message.From.Add(new MailboxAddress(_options.FromName, _options.From));
        message.To.AddRange(team.Recipients.Select(MailboxAddress.Parse));
        return message;
    }

    /// <summary><see cref="SmtpOptions.EnableSsl"/>: TLS from the first byte on port 465, else STARTTLS (required).</summary>
    internal static SecureSocketOptions Security(SmtpOptions options) =>
        !options.EnableSsl ? SecureSocketOptions.None
        : options.Port == 465 ? SecureSocketOptions.SslOnConnect
        : SecureSocketOptions.StartTls;

    /// <summary>Worth another attempt: the connection failed or dropped, the relay answered 4xx, or the attempt timed out.</summary>
    internal static bool IsTransient(Exception exception) => exception switch
    {
        SmtpCommandException command => (int)command.StatusCode is >= 400 and < 500,
        SmtpProtocolException or ServiceNotConnectedException or IOException or SocketException or TimeoutRejectedException => true,
        _ => false,
    };
}
