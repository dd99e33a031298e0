using LeadsNotLikes.Teams;

namespace LeadsNotLikes.Digest;

/// <summary>Local-time rules for digests: which local day an event counts on, and which periods are due.</summary>
public static class DigestSchedule
{
    /// <summary>How far back a digest that could not be sent on its day is still sent late.</summary>
    public const int CatchUpDays = 7;

    /// <summary>The calendar day, in the team's time zone, on which something that happened at <paramref name="at"/> counts.</summary>
    public static DateOnly LocalDay(DateTimeOffset at, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    /// <summary>
    /// The local day whose daily digest is due at <paramref name="utcNow"/>: yesterday, once the team's local digest
    /// hour has come today; null before that hour.
    /// </summary>
    public static DateOnly? DueDay(Team team, DateTimeOffset utcNow)
    {
        ArgumentNullException.ThrowIfNull(team);
        var local = TimeZoneInfo.ConvertTime(utcNow, team.ResolveTimeZone());
        return local.Hour >= team.DigestHour ? DateOnly.FromDateTime(local.DateTime).AddDays(-1) : null;
    }

    /// <summary>
    /// The latest period whose digest is due at <paramref name="utcNow"/>: for a daily team, yesterday once the digest
    /// hour has come; for a weekly team, the seven days before the latest <see cref="Team.WeeklyOn"/> whose digest
    /// hour has come. Null when nothing is due yet.
    /// </summary>
    public static DigestPeriod? DuePeriod(Team team, DateTimeOffset utcNow)
    {
        ArgumentNullException.ThrowIfNull(team);
        var local = TimeZoneInfo.ConvertTime(utcNow, team.ResolveTimeZone());
        var today = DateOnly.FromDateTime(local.DateTime);
        if (team.Cadence == DigestCadence.Daily)
        {
            return local.Hour >= team.DigestHour ? DigestPeriod.Day(today.AddDays(-1)) : null;
        }

        var sendDay = today.AddDays(-(((int)today.DayOfWeek - (int)team.WeeklyOn + 7) % 7));
        if (sendDay == today && local.Hour < team.DigestHour)
        {
            sendDay = sendDay.AddDays(-7);
        }

        return DigestPeriod.Week(sendDay.AddDays(-7));
    }

    /// <summary>
    /// The periods still worth sending at <paramref name="utcNow"/>, oldest first: the due one and those before it
    /// within <see cref="CatchUpDays"/> (a digest that failed on its day is sent late, not skipped).
    /// </summary>
    public static IReadOnlyList<DigestPeriod> DuePeriods(Team team, DateTimeOffset utcNow)
    {
        if (DuePeriod(team, utcNow) is not { } due)
        {
            // Before today's hour: yesterday's digest is not due yet, but earlier missed ones are.
            var local = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(utcNow, team.ResolveTimeZone()).DateTime);
            due = DigestPeriod.Day(local.AddDays(-2));
        }

        var periods = new List<DigestPeriod>();
        for (var period = due; period.End >= due.End.AddDays(-CatchUpDays); period = period.Previous)
        {
            periods.Add(period);
        }

        periods.Reverse();
        return periods;
    }
}
