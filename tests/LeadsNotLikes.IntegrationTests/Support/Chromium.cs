using System.Diagnostics;

namespace LeadsNotLikes.IntegrationTests.Support;

/// <summary>
/// Debian's Chromium for the rendering test: installed with apt-get when missing (CI runs as root on a fresh
/// Debian machine, with Debian's package mirror reachable), run headless with no network features and a fresh
/// profile by the test.
/// </summary>
public static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    /// <summary>Flags for a closed network: no GPU, no sandbox (root in CI), no background or component traffic.</summary>
    public static readonly string[] Args =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private static readonly SemaphoreSlim Once = new(1, 1);

    public static async Task<string> EnsureInstalledAsync(CancellationToken cancellationToken)
    {
        await Once.WaitAsync(cancellationToken);
        try
        {
            if (!File.Exists(Path))
            {
                await RunAsync("apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium", cancellationToken);
            }

            return File.Exists(Path) ? Path : throw new InvalidOperationException($"Chromium is not at {Path} and apt-get could not install it (the test needs root and Debian's mirror).");
        }
        finally
        {
            Once.Release();
        }
    }

    private static async Task RunAsync(string script, CancellationToken cancellationToken)
    {
        using var process = Process.Start(new ProcessStartInfo("bash", ["-c", script]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{script}' failed ({process.ExitCode}): {await error}{await output}");
        }
    }
}
