using System.Diagnostics;
using System.Security.Cryptography;

namespace LeadsNotLikes.LocalHost.Services;

/// <summary>
/// Installs the local services (Azurite, the Cosmos DB server, maildev) from the committed package.json and
/// package-lock.json into <c>.local/services</c> under the repository (git-ignored), once per lockfile.
/// Concurrent callers (a run and a test run) wait for each other on a lock file.
/// </summary>
public static class NpmInstaller
{
    private const string PatchLevel = "2";

    public static async Task<string> EnsureInstalledAsync(string repoRoot, Action<string> log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        var source = Path.Combine(repoRoot, "src", "LeadsNotLikes.LocalHost", "Services", "npm");
        var target = Path.Combine(repoRoot, ".local", "services");
        Directory.CreateDirectory(target);

        await using var installLock = await AcquireLockAsync(Path.Combine(target, ".install.lock"), cancellationToken);
        var stamp = Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(Path.Combine(source, "package-lock.json"), cancellationToken))) + "+" + PatchLevel;
        var stampFile = Path.Combine(target, ".installed");
        if (File.Exists(stampFile) && await File.ReadAllTextAsync(stampFile, cancellationToken) == stamp && Directory.Exists(Path.Combine(target, "node_modules")))
        {
            return target;
        }

        log($"Installing local services (azurite, @vercel/cosmosdb-server, maildev) with npm ci into {target}; this takes about a minute the first time...");
        File.Copy(Path.Combine(source, "package.json"), Path.Combine(target, "package.json"), overwrite: true);
        File.Copy(Path.Combine(source, "package-lock.json"), Path.Combine(target, "package-lock.json"), overwrite: true);
        await RunNpmCiAsync(target, cancellationToken);
        CosmosDbServerPatch.Apply(target);
        await File.WriteAllTextAsync(stampFile, stamp, cancellationToken);
        return target;
    }

    private static async Task RunNpmCiAsync(string directory, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("npm", "ci --no-audit --no-fund --loglevel=error")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("npm was not found on PATH: install Node.js 20 or later (with npm) to run the local services.", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromMinutes(10));
            await process.WaitForExitAsync(timeout.Token);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"npm ci failed with exit code {process.ExitCode}:\n{await output}\n{await errors}");
            }
        }
    }

    private static async Task<FileStream> AcquireLockAsync(string path, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < TimeSpan.FromMinutes(15))
            {
                await Task.Delay(500, cancellationToken);
            }
        }
    }
}
