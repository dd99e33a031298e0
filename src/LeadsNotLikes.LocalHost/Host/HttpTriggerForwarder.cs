namespace LeadsNotLikes.LocalHost.Host;

/// <summary>
/// Serves HTTP-triggered functions the way the host does with <c>enableForwardingHttpRequest</c> (azure-facts.md A.7):
/// routes are <c>/{routePrefix}/{route}</c>; <c>authLevel</c> function or admin requires a key in
/// <c>x-functions-key</c> or <c>?code=</c>; the request is forwarded to the handler at its original path with
/// all headers and the raw body, and the handler's status, headers and body go back unchanged.
/// </summary>
public sealed class HttpTriggerForwarder(Uri handlerBaseUri, FunctionKeys keys) : IDisposable
{
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Connection", "Transfer-Encoding", "Keep-Alive", "Upgrade", "Proxy-Connection", "Content-Length",
    };

    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
    {
        BaseAddress = handlerBaseUri,
        Timeout = TimeSpan.FromMinutes(5),
    };

    public static string RoutePattern(ScriptRoot root, FunctionDefinition function)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(function);
        var route = function.Route ?? function.Name;
        return "/" + string.Join('/', new[] { root.RoutePrefix, route }.Where(s => !string.IsNullOrEmpty(s)));
    }

    public void Map(WebApplication app, ScriptRoot root, FunctionDefinition function)
    {
        ArgumentNullException.ThrowIfNull(app);
        var methods = function.Methods.Count > 0 ? function.Methods : ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];
        app.MapMethods(RoutePattern(root, function), methods, (HttpContext context) => ForwardAsync(context, function));
    }

    internal async Task ForwardAsync(HttpContext context, FunctionDefinition function)
    {
        if (!keys.Authorizes(context.Request, function.AuthLevel))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var incoming = context.Request;
        using var outgoing = new HttpRequestMessage(new HttpMethod(incoming.Method), incoming.Path + incoming.QueryString);
        if (incoming.ContentLength > 0 || incoming.Headers.TransferEncoding.Count > 0)
        {
            outgoing.Content = new StreamContent(incoming.Body);
        }

        foreach (var (name, values) in incoming.Headers)
        {
            if (HopByHop.Contains(name))
            {
                continue;
            }

            if (!outgoing.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                outgoing.Content?.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        using var response = await _http.SendAsync(outgoing, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (!HopByHop.Contains(name))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }

        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    public void Dispose() => _http.Dispose();
}
