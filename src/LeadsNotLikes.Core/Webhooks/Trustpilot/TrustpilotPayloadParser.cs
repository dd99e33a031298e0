using System.Text.Json;
using LeadsNotLikes.Events;
using static LeadsNotLikes.Webhooks.JsonFields;

namespace LeadsNotLikes.Webhooks.Trustpilot;

/// <summary>
/// Trustpilot review webhooks (platform-facts.md §4): every item of <c>events[]</c>
/// (<c>{eventName, version, eventData{id, title, text, stars, createdAt, consumer{id,name}, ...}}</c>), plus the flat
/// <c>{eventType, review{...}}</c> shape some parsers read (⚠). Service and product reviews, created, updated and
/// deleted. The account is the business unit id from the URL (the payload carries none); the dedupe key is
/// event name, review id and the review's update time.
/// </summary>
public static class TrustpilotPayloadParser
{
    public static ParsedWebhook Parse(ReadOnlySpan<byte> body, string accountId)
    {
        var (root, malformed) = ParseObject(body);
        if (malformed is not null)
        {
            return malformed;
        }

        var events = new List<EngagementEvent>();
        var ignored = new List<IgnoredChange>();
        if (Arr(root, "events") is { } items)
        {
            foreach (var item in items.EnumerateArray())
            {
                Add(Str(item, "eventName", "eventType"), Obj(item, "eventData") ?? Obj(item, "review"));
            }
        }
        else if (Str(root, "eventType", "eventName") is { } flatType)
        {
            Add(flatType, Obj(root, "review") ?? Obj(root, "eventData"));
        }
        else
        {
            return ParsedWebhook.Malformed("The body has no 'events' array.");
        }

        return new ParsedWebhook { Events = events, Ignored = ignored };

        void Add(string? eventName, JsonElement? data)
        {
            string? problem;
            try
            {
                problem = Normalize(accountId, eventName, data, events);
            }
            catch (Exception e) when (e is InvalidOperationException or FormatException)
            {
                problem = "a field has an unexpected type";
            }

            if (problem is not null)
            {
                ignored.Add(new IgnoredChange(Truncate(eventName ?? "event", 60)!, problem));
            }
        }
    }

    private static string? Normalize(string accountId, string? eventName, JsonElement? data, List<EngagementEvent> events)
    {
        EngagementAction? action = eventName switch
        {
            "service-review-created" or "product-review-created" => EngagementAction.Added,
            "service-review-updated" or "product-review-updated" => EngagementAction.Edited,
            "service-review-deleted" or "product-review-deleted" => EngagementAction.Removed,
            _ => null,
        };
        if (action is null)
        {
            return "not a review created, updated or deleted event";
        }

        if (data is not { } review)
        {
            return "event without eventData";
        }

        var id = Id(review, "id");
        var updatedAt = IsoTime(review, "updatedAt");
        var occurredAt = action == EngagementAction.Added ? IsoTime(review, "createdAt") ?? updatedAt : updatedAt ?? IsoTime(review, "createdAt");
        if (id is null || occurredAt is null)
        {
            return "review without id or createdAt";
        }

        var consumer = Obj(review, "consumer") ?? default;
        var stars = Int(review, "stars");
        var text = string.Join("\n\n", new[] { Str(review, "title"), Str(review, "text") }.Where(t => !string.IsNullOrWhiteSpace(t)));
        events.Add(new EngagementEvent
        {
            // A redelivery repeats the update time; a second edit of the same review is a new event.
            EventId = EventIds.From(Platforms.Trustpilot, accountId, eventName, id, Str(review, "updatedAt") ?? Str(review, "createdAt")),
            Platform = Platforms.Trustpilot,
            AccountId = accountId,
            Kind = EngagementKind.Review,
            Action = action.Value,
            PostId = id,
            ItemId = id,
            AuthorId = Id(consumer, "id"),
            AuthorName = Name(Str(consumer, "name", "displayName")),
            Text = action == EngagementAction.Removed ? null : Text(text),
            Rating = stars is >= 1 and <= 5 ? stars : null,
            OccurredAt = occurredAt.Value,
        });
        return null;
    }
}
