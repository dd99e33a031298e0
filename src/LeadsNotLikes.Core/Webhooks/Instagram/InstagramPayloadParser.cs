using System.Text.Json;
using LeadsNotLikes.Events;
using static LeadsNotLikes.Webhooks.JsonFields;

namespace LeadsNotLikes.Webhooks.Instagram;

/// <summary>
/// Instagram webhooks (platform-facts.md §1.7): <c>comments</c> and <c>live_comments</c> (comments, and replies when
/// <c>parent_id</c> is set; the id as <c>id</c> or <c>comment_id</c>) and <c>mentions</c> (ids only). Every envelope
/// shape Meta documents is read: <c>entry[].changes[]</c> (Facebook Login) and <c>field</c>/<c>value</c> flat on the entry
/// (Instagram Login). Instagram sends no likes (those are polled) and no edits or deletes.
/// </summary>
public static class InstagramPayloadParser
{
    public static ParsedWebhook Parse(ReadOnlySpan<byte> body)
    {
        var (root, malformed) = ParseObject(body, "entry");
        if (malformed is not null)
        {
            return malformed;
        }

        var entries = root.GetProperty("entry");

        if (Str(root, "object") is { } objectType && objectType != "instagram")
        {
            return ParsedWebhook.Unsupported($"Webhook object '{Truncate(objectType, 40)}' is not supported here; this endpoint takes 'instagram'.");
        }

        var events = new List<EngagementEvent>();
        var ignored = new List<IgnoredChange>();
        foreach (var entry in entries.EnumerateArray())
        {
            var account = Id(entry, "id");
            if (account is null)
            {
                ignored.Add(new IgnoredChange("entry", "entry has no account id"));
                continue;
            }

            var sentAt = Long(entry, "time") is { } t and > 0 and < 253_402_300_799 ? DateTimeOffset.FromUnixTimeSeconds(t) : (DateTimeOffset?)null;
            if (Arr(entry, "changes") is { } changes)
            {
                foreach (var change in changes.EnumerateArray())
                {
                    Change(account, sentAt, change, events, ignored);
                }
            }
            else if (Str(entry, "field") is not null)
            {
                Change(account, sentAt, entry, events, ignored); // Instagram Login: field/value flat on the entry
            }
            else
            {
                ignored.Add(new IgnoredChange(Arr(entry, "messaging") is null ? "entry" : "messaging", "no changes in entry (direct messages are not processed)"));
            }
        }

        return new ParsedWebhook { Events = events, Ignored = ignored };
    }

    private static void Change(string account, DateTimeOffset? sentAt, JsonElement change, List<EngagementEvent> events, List<IgnoredChange> ignored)
    {
        var field = Str(change, "field");
        string? problem;
        try
        {
            problem = Obj(change, "value") is not { } value ? "change has no field or value"
                : field switch
                {
                    "comments" or "live_comments" => Comment(account, field, sentAt, value, events),
                    "mentions" => Mention(account, sentAt, value, events),
                    _ => "field is not processed (only comments, live_comments and mentions)",
                };
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException)
        {
            problem = "a field has an unexpected type";
        }

        if (problem is not null)
        {
            ignored.Add(new IgnoredChange(Truncate(field ?? "change", 40)!, problem));
        }
    }

    private static string? Comment(string account, string field, DateTimeOffset? sentAt, JsonElement value, List<EngagementEvent> events)
    {
        var commentId = Id(value, "id", "comment_id");
        var media = Obj(value, "media") ?? default;
        var mediaId = Id(media, "id") ?? Id(value, "media_id");
        var occurredAt = Long(value, "timestamp") is { } ts and > 0 and < 253_402_300_799 ? DateTimeOffset.FromUnixTimeSeconds(ts) : sentAt;
        if (commentId is null || mediaId is null || occurredAt is null)
        {
            return "comment without id, media id or time";
        }

        var from = Obj(value, "from") ?? default;
        var authorId = Id(from, "id");
        if (authorId == account)
        {
            return "the account's own comment";
        }

        var parentId = Id(value, "parent_id");
        events.Add(new EngagementEvent
        {
            EventId = EventIds.From(Platforms.Instagram, account, field, commentId),
            Platform = Platforms.Instagram,
            AccountId = account,
            Kind = parentId is null ? EngagementKind.Comment : EngagementKind.Reply,
            Action = EngagementAction.Added,
            PostId = mediaId,
            ItemId = commentId,
            ParentId = parentId,
            AuthorId = authorId,
            AuthorName = Name(Str(from, "username")),
            Text = Text(Str(value, "text")),
            OccurredAt = occurredAt.Value,
        });
        return null;
    }

    private static string? Mention(string account, DateTimeOffset? sentAt, JsonElement value, List<EngagementEvent> events)
    {
        var mediaId = Id(value, "media_id");
        var commentId = Id(value, "comment_id");
        if (mediaId is null || sentAt is null)
        {
            return "mention without media_id or entry time";
        }

        // Meta sends ids only: the mention is counted, and its text would need a Graph API call (not made here).
        events.Add(new EngagementEvent
        {
            EventId = EventIds.From(Platforms.Instagram, account, "mentions", commentId ?? mediaId),
            Platform = Platforms.Instagram,
            AccountId = account,
            Kind = EngagementKind.Mention,
            Action = EngagementAction.Added,
            PostId = mediaId,
            ItemId = commentId ?? mediaId,
            OccurredAt = sentAt.Value,
        });
        return null;
    }
}
