using System.Globalization;

namespace LeadsNotLikes.LocalHost.Load;

/// <summary>
/// CPU time and resident memory of one process, read from Linux's /proc (no dependency, no sampling thread). Two
/// samples give the process's CPU use in between, as a share of one core.
/// </summary>
public sealed record ProcessSample(int ProcessId, TimeSpan CpuTime, long ResidentBytes, DateTimeOffset At)
{
    private static readonly double TicksPerSecond = 100; // USER_HZ, 100 on Linux

    /// <summary>Null when the process is gone or /proc is not there.</summary>
    public static ProcessSample? Take(int? processId)
    {
        if (processId is not { } pid)
        {
            return null;
        }

        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' '); // after "pid (comm) ": state is field 0
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture); // utime + stime
            var rss = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            var kilobytes = long.Parse(rss.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            return new ProcessSample(pid, TimeSpan.FromSeconds(ticks / TicksPerSecond), kilobytes * 1024, DateTimeOffset.UtcNow);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>CPU used since <paramref name="earlier"/>, in percent of one core (200% = both cores of a 2-core machine).</summary>
    public double CpuPercentSince(ProcessSample earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        var wall = (At - earlier.At).TotalSeconds;
        return wall <= 0 ? 0 : (CpuTime - earlier.CpuTime).TotalSeconds / wall * 100;
    }
}
