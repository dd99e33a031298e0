using LeadsNotLikes.Events;
using LeadsNotLikes.Storage.Queues;

namespace LeadsNotLikes.Tests.Hosting;

/// <summary>An <see cref="IEventPublisher"/> that records what it is given, or fails with <see cref="Failure"/>.</summary>
public sealed class RecordingPublisher : IEventPublisher
{
    public List<EngagementEvent> Events { get; } = [];

    public Exception? Failure { get; set; }

    public Task PublishAsync(IReadOnlyList<EngagementEvent> events, CancellationToken cancellationToken)
    {
        if (Failure is not null)
        {
            throw Failure;
        }

        lock (Events)
        {
            Events.AddRange(events);
        }

        return Task.CompletedTask;
    }
}
