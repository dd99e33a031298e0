using LeadsNotLikes.Teams;

namespace LeadsNotLikes.Digest;

/// <summary>Local-time rules for digests: which local day an event counts on, and whether a team's digest is due.</summary>
public static class DigestSchedule
{
    /// <summary>The calendar day, in the team's time zone, on which something that happened at <paramref name="at"/> counts.</summary>
    public static DateOnly LocalDay(DateTimeOffset at, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    /// <summary>
    /// The local day whose digest is due at <paramref name="utcNow"/>: yesterday, once the team's local digest hour
    /// has come today; null before that hour.
    /// </summary>
    public static DateOnly? DueDay(Team team, DateTimeOffset utcNow)
    {
        ArgumentNullException.ThrowIfNull(team);
        var local = TimeZoneInfo.ConvertTime(utcNow, team.ResolveTimeZone());
        return local.Hour >= team.DigestHour ? DateOnly.FromDateTime(local.DateTime).AddDays(-1) : null;
    }
}
