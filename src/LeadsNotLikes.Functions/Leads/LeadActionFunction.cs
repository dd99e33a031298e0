using System.Net;
using LeadsNotLikes.Digest;
using LeadsNotLikes.Storage.Cosmos;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace LeadsNotLikes.Leads;

/// <summary>
/// The mark-handled / not-a-lead links in the digest (anonymous: the link's signature and expiry are the
/// authorization). GET only shows a confirmation button, because mail scanners open links on their own; the
/// button POSTs to the same signed URL, which marks the lead. Marking is idempotent.
/// </summary>
public sealed partial class LeadActionFunction(DigestLinks links, LeadStore leads, TimeProvider time, ILogger<LeadActionFunction> logger)
{
    public const string Name = "LeadAction";

    [Function(Name)]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = LeadActionLinks.Route)] HttpRequest request,
        string teamId, string leadId, string action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parsed = LeadActionLinks.ParseAction(action);
        if (parsed is null || !links.Verify(teamId, leadId, action, request.Query["exp"], request.Query["sig"], time.GetUtcNow()))
        {
            LogRejected(logger, teamId);
            return Page(StatusCodes.Status403Forbidden, "This link does not work",
                "It has expired or was changed. Mark the lead from a newer digest, or through the management API.");
        }

        var label = parsed == LeadAction.Handled ? "handled" : "not a lead";
        if (HttpMethods.IsGet(request.Method))
        {
            var self = WebUtility.HtmlEncode(request.Path + request.QueryString);
            return Page(StatusCodes.Status200OK, $"Mark this lead {label}?",
                $"<form method=\"post\" action=\"{self}\"><button type=\"submit\" data-confirm style=\"font-size:16px;padding:8px 16px\">Mark {label}</button></form>", raw: true);
        }

        var resolution = parsed == LeadAction.Handled ? LeadResolution.Handled : LeadResolution.NotALead;
        var lead = await leads.ResolveAsync(teamId, leadId, resolution, "email", cancellationToken);
        if (lead is null)
        {
            return Page(StatusCodes.Status404NotFound, "No such lead", "It may have been deleted by its author or expired.");
        }

        LogMarked(logger, teamId, leadId, resolution);
        return Page(StatusCodes.Status200OK, $"Marked {label}", parsed == LeadAction.NotALead
            ? "Thanks: it is kept as feedback for the lead scorer, and no longer counted as a lead."
            : "It will not show up under \"still unanswered\" again.");
    }

    private static IResult Page(int status, string title, string body, bool raw = false) =>
        TypedResults.Content(
            $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>{WebUtility.HtmlEncode(title)}</title></head>"
            + $"<body style=\"font-family:Segoe UI,Helvetica,Arial,sans-serif;max-width:600px;margin:40px auto;padding:0 16px;color:#1f2933\"><h1 style=\"font-size:20px\">{WebUtility.HtmlEncode(title)}</h1>"
            + $"<div>{(raw ? body : WebUtility.HtmlEncode(body))}</div></body></html>",
            "text/html; charset=utf-8", null, status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lead action link for team {TeamId} rejected: bad signature, unknown action or expired")]
    private static partial void LogRejected(ILogger logger, string teamId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Lead {LeadId} of team {TeamId} marked {Resolution} from the email")]
    private static partial void LogMarked(ILogger logger, string teamId, string leadId, LeadResolution resolution);
}
