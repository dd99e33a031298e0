namespace LeadsNotLikes.LocalHost.Host;

/// <summary>A function the worker loaded, as the host serves it: where HTTP requests go, or which queue or schedule triggers it.</summary>
public sealed record LoadedFunction(string Name, TriggerKind Trigger, string? Route, string? AuthLevel, IReadOnlyList<string> Methods, string? QueueName, string? Schedule);
