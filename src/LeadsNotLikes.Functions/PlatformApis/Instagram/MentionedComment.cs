namespace LeadsNotLikes.PlatformApis.Instagram;

/// <summary>A comment that mentioned the account, as <c>mentioned_comment</c> returns it. Its text is personal data: scored and stored on leads, never logged.</summary>
public sealed record MentionedComment(string? Text, DateTimeOffset? Timestamp, string? MediaId, string? Permalink);
