namespace LeadsNotLikes.Hosting;

/// <summary>
/// Work that must finish before the worker takes its first invocation (creating the local emulators' database,
/// containers and queues). The worker's own hosted service connects to the Functions host as soon as the host starts,
/// so this cannot be a hosted service: <c>Program.cs</c> runs every task before it runs the host.
/// </summary>
public interface IStartupTask
{
    Task RunAsync(CancellationToken cancellationToken);
}
