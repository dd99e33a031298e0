using System.Globalization;
using System.Text.Json;
using LeadsNotLikes.Events;
using static LeadsNotLikes.Webhooks.JsonFields;

namespace LeadsNotLikes.Webhooks.X;

/// <summary>
/// Account Activity deliveries (platform-facts.md §5.3): <c>for_user_id</c> is the account; <c>tweet_create_events</c>
/// become the account's own posts, replies to it (comments on its post) and mentions; <c>favorite_events</c> become
/// likes; <c>tweet_delete_events</c> remove what was deleted. Every other event array is reported and ignored. The
/// dedupe key is the event or tweet id with <c>for_user_id</c>, because X sends one copy per subscribed user.
/// </summary>
public static class XPayloadParser
{
    private static readonly string[] Handled = ["tweet_create_events", "favorite_events", "tweet_delete_events"];

    public static ParsedWebhook Parse(ReadOnlySpan<byte> body)
    {
        var (root, malformed) = ParseObject(body);
        if (malformed is not null)
        {
            return malformed;
        }

        var account = Id(root, "for_user_id");
        if (account is null)
        {
            return ParsedWebhook.Malformed("The body has no 'for_user_id'.");
        }

        var events = new List<EngagementEvent>();
        var ignored = new List<IgnoredChange>();
        foreach (var property in root.EnumerateObject())
        {
            if (property.Name is "for_user_id" or "user_has_blocked" or "source" or "apps" or "users")
            {
                continue;
            }

            if (!Handled.Contains(property.Name) || property.Value.ValueKind != JsonValueKind.Array)
            {
                ignored.Add(new IgnoredChange(Truncate(property.Name, 60)!, "not a comment, mention, like or delete event"));
                continue;
            }

            var index = 0;
            foreach (var item in property.Value.EnumerateArray())
            {
                string? problem;
                try
                {
                    problem = property.Name switch
                    {
                        "tweet_create_events" => Tweet(account, item, events),
                        "favorite_events" => Favorite(account, item, events),
                        _ => Delete(account, item, events),
                    };
                }
                catch (Exception e) when (e is InvalidOperationException or FormatException)
                {
                    problem = "a field has an unexpected type";
                }

                if (problem is not null)
                {
                    ignored.Add(new IgnoredChange($"{property.Name}[{index}]", problem));
                }

                index++;
            }
        }

        return new ParsedWebhook { Events = events, Ignored = ignored };
    }

    private static string? Tweet(string account, JsonElement tweet, List<EngagementEvent> events)
    {
        var id = Id(tweet, "id_str", "id");
        var user = Obj(tweet, "user") ?? default;
        var authorId = Id(user, "id_str", "id");
        var occurredAt = UnixMilliseconds(tweet, "timestamp_ms") ?? CreatedAt(tweet);
        if (id is null || authorId is null || occurredAt is null)
        {
            return "tweet without id_str, user or timestamp";
        }

        if (Obj(tweet, "retweeted_status") is not null)
        {
            return "a retweet carries no words of its own";
        }

        var text = Bool(tweet, "truncated") == true && Obj(tweet, "extended_tweet") is { } extended
            ? Str(extended, "full_text") ?? Str(tweet, "text")
            : Str(tweet, "full_text", "text");
        var inReplyTo = Id(tweet, "in_reply_to_status_id_str", "in_reply_to_status_id");
        var repliesToAccount = inReplyTo is not null && Id(tweet, "in_reply_to_user_id_str", "in_reply_to_user_id") == account;
        var (kind, postId) = authorId == account ? (EngagementKind.Post, id)
            : repliesToAccount ? (EngagementKind.Comment, inReplyTo!)
            : (EngagementKind.Mention, id);
        events.Add(new EngagementEvent
        {
            EventId = EventIds.From(Platforms.X, account, "tweet", id),
            Platform = Platforms.X,
            AccountId = account,
            Kind = kind,
            Action = EngagementAction.Added,
            PostId = postId,
            ItemId = id,
            ParentId = kind == EngagementKind.Mention ? inReplyTo : null,
            AuthorId = authorId,
            AuthorName = Name(Str(user, "name") ?? Str(user, "screen_name")),
            Text = Text(text),
            OccurredAt = occurredAt.Value,
        });
        return null;
    }

    private static string? Favorite(string account, JsonElement favorite, List<EngagementEvent> events)
    {
        var status = Obj(favorite, "favorited_status") ?? default;
        var tweetId = Id(status, "id_str", "id");
        var liker = Obj(favorite, "user") ?? default;
        var likerId = Id(liker, "id_str", "id");
        var occurredAt = UnixMilliseconds(favorite, "timestamp_ms") ?? CreatedAt(favorite);
        if (tweetId is null || likerId is null || occurredAt is null)
        {
            return "like without favorited_status, user or timestamp";
        }

        if (likerId == account)
        {
            return "the account's own like";
        }

        events.Add(new EngagementEvent
        {
            EventId = EventIds.From(Platforms.X, account, "favorite", Id(favorite, "id") ?? $"{tweetId}|{likerId}"),
            Platform = Platforms.X,
            AccountId = account,
            Kind = EngagementKind.Reaction,
            Action = EngagementAction.Added,
            PostId = tweetId,
            AuthorId = likerId,
            ReactionType = "like",
            OccurredAt = occurredAt.Value,
        });
        return null;
    }

    private static string? Delete(string account, JsonElement delete, List<EngagementEvent> events)
    {
        var status = Obj(delete, "status") ?? default;
        var id = Id(status, "id_str", "id");
        var occurredAt = UnixMilliseconds(delete, "timestamp_ms");
        if (id is null || occurredAt is null)
        {
            return "delete without status.id or timestamp_ms";
        }

        // Which post a deleted reply was on is not in the event; the lead is keyed by the tweet itself.
        events.Add(new EngagementEvent
        {
            EventId = EventIds.From(Platforms.X, account, "delete", id),
            Platform = Platforms.X,
            AccountId = account,
            Kind = EngagementKind.Comment,
            Action = EngagementAction.Removed,
            PostId = id,
            ItemId = id,
            AuthorId = Id(status, "user_id"),
            OccurredAt = occurredAt.Value,
        });
        return null;
    }

    /// <summary><c>created_at</c> as X writes it: <c>Mon May 19 14:01:46 +0000 2025</c>.</summary>
    private static DateTimeOffset? CreatedAt(JsonElement element) =>
        Str(element, "created_at") is { } text
        && DateTimeOffset.TryParseExact(text, "ddd MMM dd HH:mm:ss zzz yyyy", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : null;
}
