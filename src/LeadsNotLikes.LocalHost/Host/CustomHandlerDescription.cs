namespace LeadsNotLikes.LocalHost.Host;

/// <summary>host.json <c>customHandler.description</c>: what to start, where, with which arguments.</summary>
public sealed record CustomHandlerDescription(string DefaultExecutablePath, string WorkingDirectory, IReadOnlyList<string> Arguments);
