namespace LeadsNotLikes.PlatformApis.Instagram;

/// <summary>
/// One of the account's own media as <c>GET /{ig-user-id}/media</c> returns it. <see cref="LikeCount"/> is null when
/// the API left it out (⚠ the docs say it is omitted when likes are hidden and the media is read through another edge).
/// </summary>
public sealed record InstagramMedia(string Id, string? Caption, int? LikeCount, DateTimeOffset Timestamp, string? Permalink, string? MediaProductType);
