namespace LeadsNotLikes.LocalHost.Host;

/// <summary>
/// The worker as <c>worker.config.json</c> in the script root describes it (written by Worker.Sdk): the executable
/// (<c>dotnet</c>) and the worker assembly, resolved against the script root as the host resolves them
/// (isolated-worker-facts.md 1.1).
/// </summary>
public sealed record WorkerDescription(string ExecutablePath, string WorkerPath);
