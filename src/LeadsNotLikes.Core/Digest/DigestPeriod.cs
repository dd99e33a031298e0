using System.Globalization;

namespace LeadsNotLikes.Digest;

/// <summary>The team-local days a digest covers: one day, or seven days ending on <see cref="End"/>.</summary>
public sealed record DigestPeriod(DateOnly Start, int Days)
{
    public static DigestPeriod Day(DateOnly day) => new(day, 1);

    public static DigestPeriod Week(DateOnly start) => new(start, 7);

    public DateOnly End => Start.AddDays(Days - 1);

    public bool IsWeekly => Days == 7;

    /// <summary>The period of the same length just before this one, for "change against the previous period".</summary>
    public DigestPeriod Previous => new(Start.AddDays(-Days), Days);

    public bool Contains(DateOnly day) => day >= Start && day <= End;

    /// <summary>"Sat 21 Nov 2026" or "Mon 16 – Sun 22 Nov 2026".</summary>
    public string Label => Days == 1
        ? Start.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture)
        : $"{Start.ToString("ddd d MMM", CultureInfo.InvariantCulture)} – {End.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture)}";

    /// <summary>"day" or "week": what "previous" refers to in the digest.</summary>
    public string Unit => Days == 1 ? "day" : "week";

    /// <summary>A stable key: <c>2026-11-21</c> for a day, <c>week-2026-11-16</c> for a week.</summary>
    public string Key => (Days == 1 ? "" : "week-") + Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public IEnumerable<DateOnly> EachDay() => Enumerable.Range(0, Days).Select(Start.AddDays);
}
