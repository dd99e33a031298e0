namespace LeadsNotLikes.Webhooks;

/// <summary>How to answer a platform's subscription handshake: the body to echo on success, or why not.</summary>
public sealed record HandshakeResult(int StatusCode, string Body)
{
    public bool Accepted => StatusCode == 200;

    public static HandshakeResult Accept(string body) => new(200, body);

    public static HandshakeResult BadRequest(string reason) => new(400, reason);

    public static HandshakeResult Forbidden(string reason) => new(403, reason);
}
