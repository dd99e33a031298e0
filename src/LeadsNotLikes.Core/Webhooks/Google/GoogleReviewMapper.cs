using System.Text.Json;
using LeadsNotLikes.Events;
using static LeadsNotLikes.Webhooks.JsonFields;

namespace LeadsNotLikes.Webhooks.Google;

/// <summary>
/// A review fetched from the Business Profile API (<c>accounts.locations.reviews.get</c>) as an engagement event on
/// the location: stars from <c>starRating</c>, text from <c>comment</c>, the reviewer's name only when not anonymous.
/// The dedupe key is the review name with its <c>updateTime</c>, so a redelivered notification is the same event and
/// an edited review a new one.
/// </summary>
public static class GoogleReviewMapper
{
    public static EngagementEvent? Map(JsonElement review, string reviewName, string locationId, string? notificationType)
    {
        var reviewId = Id(review, "reviewId") ?? reviewName[(reviewName.LastIndexOf('/') + 1)..];
        var updateTime = Str(review, "updateTime") ?? Str(review, "createTime");
        var occurredAt = IsoTime(review, "updateTime") ?? IsoTime(review, "createTime");
        if (occurredAt is null)
        {
            return null;
        }

        var reviewer = Obj(review, "reviewer") ?? default;
        int? stars = Str(review, "starRating") switch
        {
            "ONE" => 1,
            "TWO" => 2,
            "THREE" => 3,
            "FOUR" => 4,
            "FIVE" => 5,
            _ => null,
        };
        return new EngagementEvent
        {
            EventId = EventIds.From(Platforms.Google, reviewName, updateTime),
            Platform = Platforms.Google,
            AccountId = locationId,
            Kind = EngagementKind.Review,
            Action = notificationType == "UPDATED_REVIEW" ? EngagementAction.Edited : EngagementAction.Added,
            PostId = reviewName,
            ItemId = reviewId,
            AuthorName = Bool(reviewer, "isAnonymous") == true ? null : Name(Str(reviewer, "displayName")),
            Text = Text(Str(review, "comment")),
            Rating = stars,
            OccurredAt = occurredAt.Value,
        };
    }
}
