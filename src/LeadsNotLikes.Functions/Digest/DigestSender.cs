using System.Globalization;
using System.Net;
using System.Net.Mail;
using System.Text;
using LeadsNotLikes.Teams;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace LeadsNotLikes.Digest;

/// <summary>
/// Sends a digest over SMTP. Nothing else retries SMTP, so transient failures are retried here (bounded,
/// exponential with jitter, each attempt under a timeout). The Message-ID is fixed per team and day, so a
/// digest that is sent twice after a crash is recognisably the same message.
/// </summary>
public sealed class DigestSender
{
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
                ShouldHandle = new PredicateBuilder().Handle<SmtpException>(IsTransient).Handle<IOException>().Handle<Polly.Timeout.TimeoutRejectedException>(),
            })
            .AddTimeout(TimeSpan.FromSeconds(30))
            .Build();
    }

    public static string MessageId(Team team, DateOnly day, string fromAddress) =>
        $"<digest.{team.Id}.{day.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}@{new MailAddress(fromAddress).Host}>";

    public async Task SendAsync(Team team, DateOnly day, DigestMessage digest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(digest);
        await _pipeline.ExecuteAsync(async ct =>
        {
            using var mail = new MailMessage
            {
                From = new MailAddress(_options.From, _options.FromName),
                Subject = digest.Subject,
                SubjectEncoding = Encoding.UTF8,
                Body = digest.PlainText,
                BodyEncoding = Encoding.UTF8,
                IsBodyHtml = false,
            };
            mail.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(digest.Html, Encoding.UTF8, "text/html"));
            foreach (var recipient in team.Recipients)
            {
                mail.To.Add(recipient);
            }

            mail.Headers.Add("Message-ID", MessageId(team, day, _options.From));
            using var client = new SmtpClient(_options.Host, _options.Port)
            {
                EnableSsl = _options.EnableSsl,
                DeliveryMethod = SmtpDeliveryMethod.Network,
                Credentials = string.IsNullOrEmpty(_options.UserName) ? null : new NetworkCredential(_options.UserName, _options.Password),
            };
            await client.SendMailAsync(mail, ct);
        }, cancellationToken);
    }

    private static bool IsTransient(SmtpException e) => e.StatusCode is
        SmtpStatusCode.GeneralFailure or SmtpStatusCode.ServiceNotAvailable or SmtpStatusCode.MailboxBusy
        or SmtpStatusCode.LocalErrorInProcessing or SmtpStatusCode.InsufficientStorage or SmtpStatusCode.TransactionFailed;
}
