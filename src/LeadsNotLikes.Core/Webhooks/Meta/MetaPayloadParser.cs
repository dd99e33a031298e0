using System.Globalization;
using System.Text.Json;
using LeadsNotLikes.Events;
using static LeadsNotLikes.Webhooks.JsonFields;

namespace LeadsNotLikes.Webhooks.Meta;

/// <summary>
/// Turns a verified Facebook Page delivery into engagement events (platform-facts.md 1.3–1.6):
/// loops over every <c>entry[]</c> and <c>changes[]</c>, normalizes feed comments, replies and reactions,
/// page mentions and ratings, and reports every change it does not turn into an event.
/// </summary>
public static class MetaPayloadParser
{
    /// <summary>Longest text kept from a comment or review (Facebook allows 8,000 characters).</summary>
    public const int MaxTextLength = JsonFields.MaxTextLength;

    public static ParsedWebhook Parse(ReadOnlySpan<byte> body)
    {
        var (root, malformed) = ParseObject(body);
        if (malformed is not null)
        {
            return malformed;
        }

        var objectType = root.TryGetProperty("object", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString() : null;
        if (objectType is null)
        {
            return ParsedWebhook.Malformed("The body has no 'object' field.");
        }

        if (!root.TryGetProperty("entry", out var entries) || entries.ValueKind != JsonValueKind.Array)
        {
            return ParsedWebhook.Malformed("The body has no 'entry' array.");
        }

        if (objectType == "instagram")
        {
            // The Instagram product may share the Page's callback URL.
            return Instagram.InstagramPayloadParser.Parse(body);
        }

        if (objectType != "page")
        {
            return ParsedWebhook.Unsupported($"Webhook object '{Truncate(objectType, 40)}' is not supported; subscribe this endpoint to 'page'.");
        }

        var events = new List<EngagementEvent>();
        var ignored = new List<IgnoredChange>();
        foreach (var entry in entries.EnumerateArray())
        {
            ParseEntry(entry, events, ignored);
        }

        return new ParsedWebhook { Events = events, Ignored = ignored };
    }

    private static void ParseEntry(JsonElement entry, List<EngagementEvent> events, List<IgnoredChange> ignored)
    {
        var pageId = entry.ValueKind == JsonValueKind.Object ? Id(entry, "id") : null;
        if (pageId is null)
        {
            ignored.Add(new IgnoredChange("entry", "entry has no page id"));
            return;
        }

        var sentAt = Time(entry, "time");
        if (entry.TryGetProperty("changes", out var changes) && changes.ValueKind == JsonValueKind.Array)
        {
            foreach (var change in changes.EnumerateArray())
            {
                ParseChange(pageId, sentAt, change, events, ignored);
            }
        }
        else if (entry.TryGetProperty("field", out _))
        {
            // Some deliveries carry field/value flat on the entry, without a changes[] wrapper.
            ParseChange(pageId, sentAt, entry, events, ignored);
        }
        else
        {
            var what = entry.TryGetProperty("messaging", out _) ? "messaging" : "entry";
            ignored.Add(new IgnoredChange(what, "no changes[] in entry (only feed, mention and ratings changes are processed)"));
        }
    }

    private static void ParseChange(string pageId, DateTimeOffset? sentAt, JsonElement change, List<EngagementEvent> events, List<IgnoredChange> ignored)
    {
        var field = change.ValueKind == JsonValueKind.Object ? Str(change, "field") : null;
        if (field is null || !change.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Object)
        {
            ignored.Add(new IgnoredChange(field ?? "change", "change has no field or value"));
            return;
        }

        var item = Str(value, "item") ?? "";
        var verb = Str(value, "verb") ?? "";
        var what = $"{Truncate(field, 30)}/{Truncate(item, 30)}/{Truncate(verb, 30)}";
        var context = new ChangeContext(pageId, field, item, verb, value, sentAt);

        string? problem;
        try
        {
            problem = Normalize(context, events);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or OverflowException)
        {
            // A field of an unexpected JSON type: report this change, keep the rest of the batch.
            problem = "a field has an unexpected type";
        }

        if (problem is not null)
        {
            ignored.Add(new IgnoredChange(what, problem));
        }
    }

    private static string? Normalize(ChangeContext context, List<EngagementEvent> events)
    {
        var (field, item) = (context.Field, context.Item);
        return (field, item) switch
        {
            ("feed", "comment") or ("ratings", "comment") => Comment(context, events),
            ("feed", "reaction") or ("ratings", "reaction") => Reaction(context, events),
            ("feed", "like") => LegacyLike(context, events),
            ("mention", _) => Mention(context, events),
            ("ratings", "rating") => Rating(context, events),
            ("feed", "status" or "post" or "photo" or "video") => PagePost(context, events),
            ("feed", _) => "not a comment, reaction or post",
            _ => $"field '{Truncate(field, 30)}' is not processed",
        };
    }

    private static string? Comment(ChangeContext c, List<EngagementEvent> events)
    {
        var action = CommentAction(c.Verb);
        if (action is null)
        {
            return $"verb '{Truncate(c.Verb, 30)}' is not tracked for comments";
        }

        var commentId = Id(c.Value, "comment_id");
        var postId = Id(c.Value, "post_id") ?? (c.Field == "ratings" ? Id(c.Value, "open_graph_story_id") : null);
        if (commentId is null || postId is null)
        {
            return "comment without comment_id or post_id";
        }

        var parentId = Id(c.Value, "parent_id");
        var isReply = parentId is not null && parentId != postId;
        var occurredAt = c.OccurredAt();
        if (occurredAt is null)
        {
            return "comment without created_time";
        }

        events.Add(Written(c, isReply ? EngagementKind.Reply : EngagementKind.Comment, action.Value, occurredAt.Value, postId, commentId, "message")
            with { ParentId = isReply ? parentId : null });
        return null;
    }

    private static string? Reaction(ChangeContext c, List<EngagementEvent> events)
    {
        EngagementAction? action = c.Verb switch
        {
            "add" => EngagementAction.Added,
            "edit" or "edited" => EngagementAction.Edited,
            "remove" => EngagementAction.Removed,
            _ => null,
        };
        if (action is null)
        {
            return $"verb '{Truncate(c.Verb, 30)}' is not tracked for reactions";
        }

        var postId = Id(c.Value, "post_id") ?? Id(c.Value, "open_graph_story_id");
        var occurredAt = c.OccurredAt();
        if (postId is null || occurredAt is null)
        {
            return "reaction without post_id or created_time";
        }

        var commentId = Id(c.Value, "comment_id");
        var reactionType = (Str(c.Value, "reaction_type") ?? "like").ToLowerInvariant();
        var authorId = AuthorId(c.Value);
        events.Add(new EngagementEvent
        {
            EventId = EventIds.From(Platforms.Facebook, c.Field, c.Verb, postId, commentId, authorId, reactionType, Seconds(occurredAt.Value)),
            Platform = Platforms.Facebook,
            AccountId = c.PageId,
            Kind = EngagementKind.Reaction,
            Action = action.Value,
            PostId = postId,
            ItemId = commentId,
            AuthorId = authorId,
            ReactionType = Truncate(reactionType, 30),
            OccurredAt = occurredAt.Value,
        });
        return null;
    }

    private static string? LegacyLike(ChangeContext c, List<EngagementEvent> events) =>
        Id(c.Value, "post_id") is null
            ? "a like of the Page itself, not of a post"
            : Reaction(c, events);

    /// <summary>
    /// A post on the Page's feed. The Page's own post names the post in the digest; a visitor's post on the Page is a
    /// person writing to the business, so it is scored like a comment on its own post.
    /// </summary>
    private static string? PagePost(ChangeContext c, List<EngagementEvent> events)
    {
        var action = CommentAction(c.Verb);
        var postId = Id(c.Value, "post_id");
        var occurredAt = c.OccurredAt();
        if (action is null || postId is null || occurredAt is null)
        {
            return "post without a tracked verb, post_id or created_time";
        }

        var byPage = AuthorId(c.Value) is not { } author || author == c.PageId;
        events.Add(Written(c, byPage ? EngagementKind.Post : EngagementKind.Comment, action.Value, occurredAt.Value, postId, postId, "message"));
        return null;
    }

    private static string? Mention(ChangeContext c, List<EngagementEvent> events)
    {
        var action = CommentAction(c.Verb);
        var postId = Id(c.Value, "post_id");
        var occurredAt = c.OccurredAt();
        if (action is null || postId is null || occurredAt is null)
        {
            return "mention without a tracked verb, post_id or created_time";
        }

        events.Add(Written(c, EngagementKind.Mention, action.Value, occurredAt.Value, postId, Id(c.Value, "comment_id") ?? postId, "message"));
        return null;
    }

    private static string? Rating(ChangeContext c, List<EngagementEvent> events)
    {
        var action = CommentAction(c.Verb);
        var storyId = Id(c.Value, "open_graph_story_id");
        var occurredAt = c.OccurredAt();
        if (action is null || storyId is null || occurredAt is null)
        {
            return "rating without a tracked verb, open_graph_story_id or created_time";
        }

        // Since 2018 Page reviews are recommendations without stars; positive maps to 5 and negative to 1 for scoring.
        int? stars = Stars(c.Value) ?? Str(c.Value, "recommendation_type") switch { "positive" => 5, "negative" => 1, _ => null };
        var review = Written(c, EngagementKind.Review, action.Value, occurredAt.Value, storyId, storyId, "review_text", stars?.ToString(CultureInfo.InvariantCulture));
        events.Add(review with
        {
            AuthorId = Id(c.Value, "reviewer_id") ?? review.AuthorId,
            AuthorName = Truncate(Str(c.Value, "reviewer_name"), MaxNameLength) ?? review.AuthorName,
            Rating = stars,
        });
        return null;
    }

    /// <summary>
    /// A written engagement (comment, reply, mention, review) with its author and text. The text is part of the id:
    /// if Meta stamps edits with the original time, two different edits are still two events, while a redelivery of
    /// one edit is still the same event. <paramref name="extraIdPart"/> adds what else distinguishes an edit.
    /// </summary>
    private static EngagementEvent Written(ChangeContext c, EngagementKind kind, EngagementAction action, DateTimeOffset occurredAt,
        string postId, string itemId, string textField, string? extraIdPart = null)
    {
        var text = action == EngagementAction.Removed ? null : Text(c.Value, textField);
        return new EngagementEvent
        {
            EventId = EventIds.From(Platforms.Facebook, c.Field, c.Item, c.Verb, itemId, Seconds(occurredAt), text, extraIdPart),
            Platform = Platforms.Facebook,
            AccountId = c.PageId,
            Kind = kind,
            Action = action,
            PostId = postId,
            ItemId = itemId,
            AuthorId = AuthorId(c.Value),
            AuthorName = AuthorName(c.Value),
            Text = text,
            OccurredAt = occurredAt,
        };
    }

    /// <summary>A 1–5 <c>rating</c>, given as a number or a numeric string; anything else is no rating.</summary>
    private static int? Stars(JsonElement value)
    {
        if (!value.TryGetProperty("rating", out var rating))
        {
            return null;
        }

        var stars = rating.ValueKind switch
        {
            JsonValueKind.Number when rating.TryGetInt32(out var n) => n,
            JsonValueKind.String when int.TryParse(rating.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
            _ => 0,
        };
        return stars is >= 1 and <= 5 ? stars : null;
    }

    private static EngagementAction? CommentAction(string verb) => verb switch
    {
        "add" => EngagementAction.Added,
        "edited" or "edit" or "update" => EngagementAction.Edited,
        "remove" or "delete" => EngagementAction.Removed,
        _ => null, // hide/unhide are moderation, not engagement
    };

    private static string? AuthorId(JsonElement value) =>
        value.TryGetProperty("from", out var from) && from.ValueKind == JsonValueKind.Object ? Id(from, "id") : Id(value, "sender_id");

    private static string? AuthorName(JsonElement value) => Truncate(
        value.TryGetProperty("from", out var from) && from.ValueKind == JsonValueKind.Object ? Str(from, "name") : Str(value, "sender_name"),
        MaxNameLength);

    private static string? Text(JsonElement value, string name) => Truncate(Str(value, name), MaxTextLength);

    private static DateTimeOffset? Time(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var p))
        {
            return null;
        }

        long seconds;
        if (p.ValueKind == JsonValueKind.Number && p.TryGetInt64(out var n))
        {
            seconds = n;
        }
        else if (p.ValueKind == JsonValueKind.String && long.TryParse(p.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var s))
        {
            seconds = s;
        }
        else
        {
            return null;
        }

        // Meta sends seconds; a millisecond value would land far in the future, so accept it as milliseconds.
        if (seconds > 100_000_000_000)
        {
            seconds /= 1000;
        }

        return seconds is > 0 and < 253_402_300_799 ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
    }

    private sealed record ChangeContext(string PageId, string Field, string Item, string Verb, JsonElement Value, DateTimeOffset? SentAt)
    {
        /// <summary>When the person acted (<c>created_time</c>), falling back to when Meta sent it (<c>entry.time</c>).</summary>
        public DateTimeOffset? OccurredAt() => Time(Value, "created_time") ?? SentAt;
    }
}
