namespace LeadsNotLikes.PlatformApis.Instagram;

/// <summary>
/// Someone else's media whose caption mentioned the account, as <c>mentioned_media</c> returns it. Its caption is
/// personal data: scored and stored on leads, never logged. ⚠ The reference says the caption leaves out the
/// <c>@</c> of the mention unless the account made the media itself.
/// </summary>
public sealed record MentionedMedia(string? Caption, string? MediaType, DateTimeOffset? Timestamp);
