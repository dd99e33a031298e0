namespace LeadsNotLikes.Hosting;

/// <summary>
/// The Functions host starts the handler with the port to listen on in <c>FUNCTIONS_CUSTOMHANDLER_PORT</c> and
/// sends every request to 127.0.0.1 (azure-facts.md A.2). Without it (run on its own), ASP.NET Core's own
/// <c>ASPNETCORE_URLS</c>/<c>--urls</c> apply.
/// </summary>
public static class CustomHandlerPort
{
    public const string VariableName = "FUNCTIONS_CUSTOMHANDLER_PORT";

    public static WebApplicationBuilder UseCustomHandlerPort(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Configuration[VariableName] is { Length: > 0 } port)
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        }

        return builder;
    }
}
