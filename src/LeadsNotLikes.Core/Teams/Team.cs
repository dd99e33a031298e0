using System.Net.Mail;
using System.Text.RegularExpressions;
using LeadsNotLikes.Digest;
using LeadsNotLikes.Events;
using LeadsNotLikes.Scoring;

namespace LeadsNotLikes.Teams;

/// <summary>
/// A tenant: the accounts whose engagement it owns, who gets its digest, when (local hour in an IANA time zone),
/// and how it scores leads.
/// </summary>
public sealed partial record Team
{
    public const int DefaultDigestHour = 8;
    private static readonly HashSet<string> KnownPlatforms = [.. Platforms.All];

    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>IANA time zone, e.g. <c>Europe/Berlin</c>; decides what "yesterday" and the digest hour mean.</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>Local hour (0–23) from which yesterday's digest is sent.</summary>
    public int DigestHour { get; init; } = DefaultDigestHour;

    /// <summary>Daily (yesterday) or weekly (the seven days before <see cref="WeeklyOn"/>).</summary>
    public DigestCadence Cadence { get; init; } = DigestCadence.Daily;

    /// <summary>For a weekly digest: the local weekday it is sent on, at <see cref="DigestHour"/>.</summary>
    public DayOfWeek WeeklyOn { get; init; } = DayOfWeek.Monday;

    public IReadOnlyList<string> Recipients { get; init; } = [];

    public int LeadThreshold { get; init; } = ScoringProfile.DefaultThreshold;

    /// <summary>The team's own product and service words, which count as buying context when scoring.</summary>
    public IReadOnlyList<string> Vocabulary { get; init; } = [];

    public IReadOnlyList<TeamAccount> Accounts { get; init; } = [];

    public TimeZoneInfo ResolveTimeZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public ScoringProfile ToScoringProfile() => new() { Threshold = LeadThreshold, Vocabulary = Vocabulary };

    /// <summary>Every problem with this team, keyed by field name; empty when the team is valid.</summary>
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (!IdPattern().IsMatch(Id ?? ""))
        {
            errors["id"] = ["Use 3–64 characters: lowercase letters, digits and '-'."];
        }

        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 100)
        {
            errors["name"] = ["A name of 1–100 characters is required."];
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone ?? "", out _))
        {
            errors["timeZone"] = [$"'{TimeZone}' is not a known IANA time zone (for example Europe/Berlin)."];
        }

        if (DigestHour is < 0 or > 23)
        {
            errors["digestHour"] = ["Use a local hour from 0 to 23."];
        }

        if (LeadThreshold is < 0 or > 100)
        {
            errors["leadThreshold"] = ["Use a score from 0 to 100."];
        }

        var badRecipients = (Recipients ?? []).Where(r => !MailAddress.TryCreate(r, out _)).ToArray();
        if (Recipients is null || Recipients.Count == 0 || Recipients.Count > 50 || badRecipients.Length > 0)
        {
            errors["recipients"] = badRecipients.Length > 0
                ? badRecipients.Select(r => $"'{r}' is not an email address.").ToArray()
                : ["Give 1–50 recipient email addresses."];
        }

        var accounts = Accounts ?? [];
        var accountErrors = accounts
            .Where(a => a is null || !KnownPlatforms.Contains(a.Platform ?? "") || string.IsNullOrWhiteSpace(a.AccountId) || a.AccountId.Length > 200)
            .Select(a => $"'{a?.Platform}:{a?.AccountId}' needs a known platform ({string.Join(", ", KnownPlatforms)}) and an account id.")
            .ToList();
        if (accounts.Select(a => a?.Key).Distinct().Count() != accounts.Count)
        {
            accountErrors.Add("An account is listed twice.");
        }

        if (accountErrors.Count > 0)
        {
            errors["accounts"] = [.. accountErrors];
        }

        if ((Vocabulary ?? []).Count > 200 || (Vocabulary ?? []).Any(v => string.IsNullOrWhiteSpace(v) || v.Length > 60))
        {
            errors["vocabulary"] = ["Give at most 200 words or phrases of 1–60 characters."];
        }

        return errors;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{2,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
