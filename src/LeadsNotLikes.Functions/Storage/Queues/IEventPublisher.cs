using LeadsNotLikes.Events;

namespace LeadsNotLikes.Storage.Queues;

/// <summary>Durably queues engagement events; returns only once every event is in the queue.</summary>
public interface IEventPublisher
{
    Task PublishAsync(IReadOnlyList<EngagementEvent> events, CancellationToken cancellationToken);
}
