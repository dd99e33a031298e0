using System.Text.Json;
using LeadsNotLikes.Events;
using static LeadsNotLikes.Webhooks.JsonFields;

namespace LeadsNotLikes.Webhooks.LinkedIn;

/// <summary>
/// Organization social action notifications (platform-facts.md §2.3): every item of <c>notifications[]</c> becomes
/// one event, deduplicated on <c>notificationId</c>. The account is the organization's numeric id (from
/// <c>urn:li:organization:&lt;id&gt;</c>). Authors are member URNs; LinkedIn sends no names.
/// </summary>
public static class LinkedInPayloadParser
{
    public static ParsedWebhook Parse(ReadOnlySpan<byte> body)
    {
        var (root, malformed) = ParseObject(body, "notifications");
        if (malformed is not null)
        {
            return malformed;
        }

        var notifications = root.GetProperty("notifications");

        var type = Str(root, "type");
        if (type is not null && type != "ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS")
        {
            return ParsedWebhook.Unsupported($"Notification type '{Truncate(type, 60)}' is not supported; subscribe ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS.");
        }

        var events = new List<EngagementEvent>();
        var ignored = new List<IgnoredChange>();
        foreach (var notification in notifications.EnumerateArray())
        {
            var action = Str(notification, "action") ?? "";
            string? problem;
            try
            {
                problem = Normalize(notification, action, events);
            }
            catch (Exception e) when (e is InvalidOperationException or FormatException)
            {
                problem = "a field has an unexpected type";
            }

            if (problem is not null)
            {
                ignored.Add(new IgnoredChange(action.Length == 0 ? "notification" : Truncate(action, 40)!, problem));
            }
        }

        return new ParsedWebhook { Events = events, Ignored = ignored };
    }

    /// <summary>The numeric id of <c>urn:li:organization:123</c> (or organizationBrand); other values as given.</summary>
    public static string? OrganizationId(string? urn) =>
        urn is null ? null : urn.StartsWith("urn:li:organization", StringComparison.Ordinal) ? urn[(urn.LastIndexOf(':') + 1)..] : urn;

    private static string? Normalize(JsonElement n, string action, List<EngagementEvent> events)
    {
        var notificationId = Id(n, "notificationId");
        var organization = OrganizationId(Str(n, "organizationalEntity"));
        var occurredAt = UnixMilliseconds(n, "lastModifiedAt");
        var sourcePost = Str(n, "sourcePost") ?? (Obj(n, "decoratedSourcePost") is { } post ? Str(post, "entity") : null);
        if (notificationId is null || string.IsNullOrEmpty(organization) || occurredAt is null || sourcePost is null)
        {
            return "notification without notificationId, organizationalEntity, lastModifiedAt or sourcePost";
        }

        var decorated = Obj(n, "decoratedGeneratedActivity") ?? default;
        var comment = Obj(decorated, "comment") ?? default;
        var share = Obj(decorated, "share") ?? default;
        var generated = Str(n, "generatedActivity");
        EngagementEvent Event(EngagementKind kind, EngagementAction act) => new()
        {
            EventId = EventIds.From(Platforms.LinkedIn, notificationId),
            Platform = Platforms.LinkedIn,
            AccountId = organization,
            Kind = kind,
            Action = act,
            PostId = sourcePost,
            OccurredAt = occurredAt.Value,
        };

        switch (action)
        {
            case "LIKE":
                events.Add(Event(EngagementKind.Reaction, EngagementAction.Added) with
                {
                    AuthorId = Str(n, "actor") ?? Str(Obj(decorated, "reaction") ?? default, "owner"),
                    ReactionType = (Str(n, "reactionType") ?? Str(Obj(decorated, "reaction") ?? default, "reactionType") ?? "like").ToLowerInvariant(),
                });
                return null;
            case "COMMENT" or "COMMENT_EDIT" or "COMMENT_DELETE":
                var commentUrn = Str(comment, "entity") ?? generated;
                if (commentUrn is null)
                {
                    return "comment without generatedActivity";
                }

                var act = action switch { "COMMENT" => EngagementAction.Added, "COMMENT_EDIT" => EngagementAction.Edited, _ => EngagementAction.Removed };
                // ⚠ Undocumented: a comment whose commented object is itself a comment is a reply.
                var parent = Str(comment, "parentComment") ?? (Str(comment, "object") is { } o && o.StartsWith("urn:li:comment:", StringComparison.Ordinal) ? o : null);
                var text = Str(comment, "text") ?? (Obj(comment, "message") is { } m ? Str(m, "text") : null);
                events.Add(Event(parent is null ? EngagementKind.Comment : EngagementKind.Reply, act) with
                {
                    ItemId = commentUrn,
                    ParentId = parent,
                    AuthorId = Str(comment, "owner") ?? Str(n, "actor"),
                    Text = act == EngagementAction.Removed ? null : Text(text),
                });
                return null;
            case "SHARE" or "SHARE_MENTION":
                var shareUrn = Str(share, "entity") ?? generated;
                if (shareUrn is null)
                {
                    return "share without generatedActivity";
                }

                events.Add(Event(EngagementKind.Mention, EngagementAction.Added) with
                {
                    ItemId = shareUrn,
                    AuthorId = Str(share, "owner") ?? Str(n, "actor"),
                    Text = Text(Str(share, "text")),
                });
                return null;
            case "ADMIN_COMMENT":
                return "the organization's own comment";
            default:
                return "action is not an engagement this app tracks";
        }
    }
}
