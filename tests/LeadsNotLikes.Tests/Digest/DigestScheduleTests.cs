using LeadsNotLikes.Digest;
using LeadsNotLikes.Teams;

namespace LeadsNotLikes.Tests.Digest;

public sealed class DigestScheduleTests
{
    private static Team Team(string zone, int hour) => new() { Id = "team", Name = "Team", TimeZone = zone, DigestHour = hour };

    [Fact]
    public void DueDay_BeforeLocalHour_IsNull() =>
        // 06:59 UTC is 07:59 in Berlin (winter), before 08:00.
        Assert.Null(DigestSchedule.DueDay(Team("Europe/Berlin", 8), new DateTimeOffset(2026, 11, 22, 6, 59, 0, TimeSpan.Zero)));

    [Fact]
    public void DueDay_AtLocalHour_IsLocalYesterday() =>
        Assert.Equal(new DateOnly(2026, 11, 21), DigestSchedule.DueDay(Team("Europe/Berlin", 8), new DateTimeOffset(2026, 11, 22, 7, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void DueDay_UtcEveningIsAlreadyTomorrowInAuckland_UsesLocalCalendar() =>
        // 20:00 UTC on the 21st is 09:00 on the 22nd in Auckland (UTC+13 in summer): yesterday there is the 21st.
        Assert.Equal(new DateOnly(2026, 11, 21), DigestSchedule.DueDay(Team("Pacific/Auckland", 8), new DateTimeOffset(2026, 11, 21, 20, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void DueDay_HalfHourZone_WaitsForLocalHour()
    {
        var team = Team("Asia/Kolkata", 8); // UTC+05:30
        Assert.Null(DigestSchedule.DueDay(team, new DateTimeOffset(2026, 11, 22, 2, 15, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 11, 21), DigestSchedule.DueDay(team, new DateTimeOffset(2026, 11, 22, 2, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void LocalDay_FollowsDaylightSavingTime()
    {
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

        // 03:30 UTC is 23:30 the day before in summer (UTC-4) and 22:30 in winter (UTC-5).
        Assert.Equal(new DateOnly(2026, 7, 1), DigestSchedule.LocalDay(new DateTimeOffset(2026, 7, 2, 3, 30, 0, TimeSpan.Zero), newYork));
        Assert.Equal(new DateOnly(2026, 12, 1), DigestSchedule.LocalDay(new DateTimeOffset(2026, 12, 2, 3, 30, 0, TimeSpan.Zero), newYork));
        Assert.Equal(new DateOnly(2026, 7, 2), DigestSchedule.LocalDay(new DateTimeOffset(2026, 7, 2, 4, 30, 0, TimeSpan.Zero), newYork));
    }

    [Fact]
    public void DuePeriod_Weekly_IsTheSevenDaysBeforeTheSendDay_OnceItsHourHasCome()
    {
        var team = Team("Europe/Berlin", 8) with { Cadence = DigestCadence.Weekly, WeeklyOn = DayOfWeek.Monday };

        // Monday 23 Nov 2026, 07:59 and 08:00 in Berlin.
        Assert.Equal(DigestPeriod.Week(new DateOnly(2026, 11, 9)), DigestSchedule.DuePeriod(team, new DateTimeOffset(2026, 11, 23, 6, 59, 0, TimeSpan.Zero)));
        Assert.Equal(DigestPeriod.Week(new DateOnly(2026, 11, 16)), DigestSchedule.DuePeriod(team, new DateTimeOffset(2026, 11, 23, 7, 0, 0, TimeSpan.Zero)));
        Assert.Equal(DigestPeriod.Week(new DateOnly(2026, 11, 16)), DigestSchedule.DuePeriod(team, new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void DuePeriods_Daily_CoverTheCatchUpWindow_OldestFirst()
    {
        var periods = DigestSchedule.DuePeriods(Team("Europe/Berlin", 8), new DateTimeOffset(2026, 11, 22, 7, 0, 0, TimeSpan.Zero));

        Assert.Equal(DigestSchedule.CatchUpDays + 1, periods.Count);
        Assert.Equal(new DateOnly(2026, 11, 14), periods[0].Start);
        Assert.Equal(new DateOnly(2026, 11, 21), periods[^1].Start);
    }

    [Fact]
    public void DuePeriods_BeforeTheHour_StillIncludeEarlierMissedDays()
    {
        var periods = DigestSchedule.DuePeriods(Team("Europe/Berlin", 8), new DateTimeOffset(2026, 11, 22, 6, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 11, 20), periods[^1].Start);
    }

    [Fact]
    public void Period_PreviousAndLabel()
    {
        var week = DigestPeriod.Week(new DateOnly(2026, 11, 16));

        Assert.Equal(new DateOnly(2026, 11, 9), week.Previous.Start);
        Assert.Equal("Mon 16 Nov – Sun 22 Nov 2026", week.Label);
        Assert.Equal("week-2026-11-16", week.Key);
    }
}
