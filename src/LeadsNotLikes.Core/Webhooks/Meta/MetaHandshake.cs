using System.Security.Cryptography;
using System.Text;

namespace LeadsNotLikes.Webhooks.Meta;

/// <summary>
/// The subscription handshake: <c>GET ?hub.mode=subscribe&amp;hub.verify_token=..&amp;hub.challenge=..</c>
/// is answered with the challenge, echoed exactly, when the token matches (platform-facts.md 1.1).
/// </summary>
public static class MetaHandshake
{
    public static HandshakeResult Answer(string? mode, string? verifyToken, string? challenge, string expectedToken)
    {
        if (string.IsNullOrEmpty(mode) || string.IsNullOrEmpty(challenge) || verifyToken is null)
        {
            return HandshakeResult.BadRequest("hub.mode, hub.verify_token and hub.challenge are required.");
        }

        if (!string.Equals(mode, "subscribe", StringComparison.Ordinal))
        {
            return HandshakeResult.BadRequest($"hub.mode must be 'subscribe'.");
        }

        var tokenMatches = CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(verifyToken), Encoding.UTF8.GetBytes(expectedToken));
        return tokenMatches ? HandshakeResult.Accept(challenge) : HandshakeResult.Forbidden("hub.verify_token does not match.");
    }
}
