using System.Text.Json;
using LeadsNotLikes.Events;
using static LeadsNotLikes.Webhooks.JsonFields;

namespace LeadsNotLikes.Webhooks.StandardWebhooks;

/// <summary>
/// The generic endpoint's event schema (README "Standard Webhooks event schema"): one event
/// <c>{"type":"&lt;kind&gt;.&lt;created|updated|deleted&gt;","timestamp":"ISO-8601","data":{...}}</c>, or a JSON array of them.
/// Kinds: comment, reply, mention, reaction (alias like), review, post. The dedupe key is the <c>webhook-id</c>
/// (the same on every retry), with the position for an array.
/// </summary>
public static class StandardWebhookParser
{
    public const int MaxEvents = 1000;

    public static ParsedWebhook Parse(ReadOnlySpan<byte> body, string accountId, string webhookId)
    {
        using var document = TryParse(body);
        if (document is null)
        {
            return ParsedWebhook.Malformed("The body is not valid JSON.");
        }

        var root = document.RootElement;
        var events = new List<EngagementEvent>();
        var ignored = new List<IgnoredChange>();
        switch (root.ValueKind)
        {
            case JsonValueKind.Object:
                Add(root, null);
                break;
            case JsonValueKind.Array when root.GetArrayLength() <= MaxEvents:
                var index = 0;
                foreach (var item in root.EnumerateArray())
                {
                    Add(item, index++);
                }

                break;
            case JsonValueKind.Array:
                return ParsedWebhook.Malformed($"A delivery holds at most {MaxEvents} events.");
            default:
                return ParsedWebhook.Malformed("The body must be an event object or an array of events.");
        }

        return new ParsedWebhook { Events = events, Ignored = ignored };

        void Add(JsonElement item, int? index)
        {
            var type = Str(item, "type");
            var what = Truncate(type ?? "event", 60) + (index is null ? "" : $"[{index}]");
            var problem = item.ValueKind != JsonValueKind.Object ? "an event must be a JSON object" : type is null ? "the event has no type" : null;
            if (problem is null)
            {
                try
                {
                    problem = Normalize(item, type!, accountId, index is null ? webhookId : $"{webhookId}#{index}", events);
                }
                catch (Exception e) when (e is InvalidOperationException or FormatException)
                {
                    problem = "a field has an unexpected type";
                }
            }

            if (problem is not null)
            {
                ignored.Add(new IgnoredChange(what, problem));
            }
        }
    }

    private static string? Normalize(JsonElement item, string type, string accountId, string dedupeKey, List<EngagementEvent> events)
    {
        var dot = type.LastIndexOf('.');
        var (kindName, actionName) = dot > 0 ? (type[..dot], type[(dot + 1)..]) : (type, "created");
        EngagementKind? kind = kindName switch
        {
            "comment" => EngagementKind.Comment,
            "reply" => EngagementKind.Reply,
            "mention" => EngagementKind.Mention,
            "reaction" or "like" => EngagementKind.Reaction,
            "review" or "rating" => EngagementKind.Review,
            "post" => EngagementKind.Post,
            _ => null,
        };
        EngagementAction? action = actionName switch
        {
            "created" or "added" or "add" => EngagementAction.Added,
            "updated" or "edited" or "edit" => EngagementAction.Edited,
            "deleted" or "removed" or "remove" => EngagementAction.Removed,
            _ => null,
        };
        if (kind is null || action is null)
        {
            return "not an engagement type (<comment|reply|mention|reaction|review|post>.<created|updated|deleted>)";
        }

        var data = Obj(item, "data") ?? default;
        if (data.ValueKind != JsonValueKind.Object)
        {
            return "the event has no data object";
        }

        var occurredAt = IsoTime(data, "occurredAt") ?? IsoTime(item, "timestamp");
        if (occurredAt is null)
        {
            return "the event has no ISO-8601 timestamp";
        }

        var itemId = Id(data, "id");
        var postId = Id(data, "postId") ?? (kind == EngagementKind.Review ? itemId : null);
        if (postId is null || (itemId is null && kind != EngagementKind.Reaction))
        {
            return "data.id and data.postId are required (reviews and reactions on a post may omit one)";
        }

        var author = Obj(data, "author") ?? default;
        var rating = Int(data, "rating");
        events.Add(new EngagementEvent
        {
            EventId = EventIds.From(Platforms.Webhook, accountId, dedupeKey),
            Platform = Platforms.Webhook,
            AccountId = accountId,
            Kind = kind.Value,
            Action = action.Value,
            PostId = postId,
            ItemId = itemId,
            ParentId = kind == EngagementKind.Reply ? Id(data, "parentId") : null,
            AuthorId = Id(author, "id"),
            AuthorName = Name(Str(author, "name")),
            Text = action == EngagementAction.Removed ? null : Text(Str(data, "text")),
            ReactionType = kind == EngagementKind.Reaction ? Truncate((Str(data, "reaction") ?? "like").ToLowerInvariant(), 30) : null,
            Rating = rating is >= 1 and <= 5 ? rating : null,
            OccurredAt = occurredAt.Value,
        });
        return null;
    }
}
