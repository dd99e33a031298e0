namespace LeadsNotLikes.Webhooks.LinkedIn;

/// <summary>The JSON answer to LinkedIn's validation challenge.</summary>
public sealed record LinkedInChallengeAnswer(string ChallengeCode, string ChallengeResponse);
