using LeadsNotLikes.Webhooks.Meta;

namespace LeadsNotLikes.Webhooks;

/// <summary>
/// The GET handshakes platforms send to a webhook URL before (and between) deliveries; the POSTs go through
/// <see cref="WebhookIntake"/>. A refused handshake is a problem titled "Webhook handshake refused".
/// </summary>
public static class WebhookHandshake
{
    /// <summary>Meta's subscription handshake (Facebook Page and Instagram): the challenge echoed as text when the Verify Token matches.</summary>
    public static IResult Meta(HttpRequest request, string verifyToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.Query;
        var answer = MetaHandshake.Answer(query["hub.mode"], query["hub.verify_token"], query["hub.challenge"], verifyToken);
        return answer.Accepted ? TypedResults.Text(answer.Body, "text/plain") : Refused(answer.StatusCode, answer.Body);
    }

    /// <summary>
    /// A challenge in the query parameter <paramref name="parameter"/> (LinkedIn's <c>challengeCode</c>, X's
    /// <c>crc_token</c>), answered with the JSON that <paramref name="answer"/> makes of it; 400 when it is missing or
    /// longer than <paramref name="maxLength"/>.
    /// </summary>
    public static IResult Challenge<TAnswer>(HttpRequest request, string parameter, int maxLength, Func<string, TAnswer> answer)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(answer);
        var challenge = request.Query[parameter].ToString();
        return string.IsNullOrEmpty(challenge) || challenge.Length > maxLength
            ? Refused(StatusCodes.Status400BadRequest, $"{parameter} is required.")
            : TypedResults.Json(answer(challenge));
    }

    private static IResult Refused(int statusCode, string detail) =>
        TypedResults.Problem(statusCode: statusCode, title: "Webhook handshake refused", detail: detail);
}
