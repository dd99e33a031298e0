using System.Collections.Concurrent;
using LeadsNotLikes.IntegrationTests.Support;
using LeadsNotLikes.LocalHost.Host;
using LeadsNotLikes.LocalHost.Services;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace LeadsNotLikes.IntegrationTests.EndToEnd;

/// <summary>
/// The whole local stack, as the run command starts it: its own services, the real custom handler from the function
/// app's build output, and the Functions host stand-in driving it through the same host.json and function.json.
/// Timers run only when a test fires them through the host's admin endpoint.
/// </summary>
public sealed class PipelineFixture : IAsyncLifetime
{
    public const string AppSecret = "e2e-app-secret-0123456789abcdef";
    public const string VerifyToken = "e2e-verify-token";

    /// <summary>The other platforms' secrets (README "Platforms").</summary>
    public const string LinkedInSecret = "e2e-linkedin-client-secret";
    public const string XSecret = "e2e-x-consumer-secret";
    public const string EndpointKey = "e2e-endpoint-key-0123456789abcdef0123";
    public const string GoogleAudience = "e2e-google-push";
    public const string GoogleServiceAccount = "push@e2e.iam.gserviceaccount.com";

    /// <summary>Google's keys, token endpoint and Business Profile API on 127.0.0.1.</summary>
    public LeadsNotLikes.Tests.Webhooks.Google.FakeGoogle Google { get; private set; } = default!;

    /// <summary>The Graph API on 127.0.0.1: the Instagram account's media (like polling) and mentioned comments.</summary>
    public LeadsNotLikes.Tests.PlatformApis.Instagram.FakeGraph Graph { get; private set; } = default!;

    /// <summary>The Instagram account of the platform fixtures, which has a token here.</summary>
    public const string InstagramAccount = "17841400000000001";

    /// <summary>The text of the comment in which the fixture's Instagram mention was made.</summary>
    public const string InstagramMentionText = "@acme can you quote me for 50 gift boxes?";

    public LocalServices Services { get; private set; } = default!;

    public LocalFunctionsHost Host { get; private set; } = default!;

    public ConcurrentQueue<string> HandlerOutput { get; } = new();

    /// <summary>The host stand-in's own log (start-up, restarts, failed invocations, queue moves).</summary>
    public FakeLogCollector HostLog { get; } = new();

    public HttpClient Http { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        Services = await ServicesFixture.StartAsync(LocalServicePorts.Any);
        Google = await LeadsNotLikes.Tests.Webhooks.Google.FakeGoogle.StartAsync();
        Graph = await LeadsNotLikes.Tests.PlatformApis.Instagram.FakeGraph.StartAsync();
        Graph.Mentions["17865799348089041"] = InstagramMentionText; // the comment the fixture's mention names
        var settings = new Dictionary<string, string>(Services.AppSettings)
        {
            ["Meta__AppSecret"] = AppSecret,
            ["Meta__VerifyToken"] = VerifyToken,
            ["LinkedIn__ClientSecret"] = LinkedInSecret,
            ["X__ConsumerSecret"] = XSecret,
            ["Trustpilot__EndpointKey"] = EndpointKey,
            ["StandardWebhooks__EndpointKey"] = EndpointKey,
            ["Google__Audience"] = GoogleAudience,
            ["Google__ServiceAccountEmail"] = GoogleServiceAccount,
            ["Google__OpenIdConfigurationUrl"] = new Uri(Google.BaseUri, ".well-known/openid-configuration").AbsoluteUri,
            ["Google__ApiBaseUrl"] = Google.BaseUri.AbsoluteUri,
            ["Google__TokenUrl"] = new Uri(Google.BaseUri, "token").AbsoluteUri,
            ["Google__ClientId"] = "client-1",
            ["Google__ClientSecret"] = "client-secret-1",
            ["Google__RefreshToken"] = "refresh-token-1",
            ["Instagram__GraphBaseUrl"] = Graph.BaseUri.AbsoluteUri,
            ["Instagram__GraphApiVersion"] = LeadsNotLikes.Tests.PlatformApis.Instagram.FakeGraph.Version,
            [$"Instagram__AccessTokens__{InstagramAccount}"] = LeadsNotLikes.Tests.PlatformApis.Instagram.FakeGraph.Token(InstagramAccount),
            ["Smtp__From"] = "digest@leadsnotlikes.example",
            ["Digest__LinkSecret"] = "test-link-secret-0123456789abcdef0123456789",
            ["Cosmos__Database"] = "e2e",

            // The app's own categories at Debug, so the log hygiene test sees everything the app could write.
            ["Logging__LogLevel__LeadsNotLikes"] = "Debug",
        };
        Host = await LocalFunctionsHost.StartAsync(new LocalFunctionsHostOptions
        {
            ScriptRootPath = ServicesFixture.ScriptRoot,
            Settings = settings,
            Port = 0,
            RunTimers = false,
            WorkerOutput = line => HandlerOutput.Enqueue(line.ToString()),
            LoggerFactory = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(new FakeLoggerProvider(HostLog))),
        }, CancellationToken.None);
        Http = new HttpClient { BaseAddress = Host.BaseUri };
    }

    public async ValueTask DisposeAsync()
    {
        Http?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        if (Services is not null)
        {
            await Services.DisposeAsync();
        }

        if (Google is not null)
        {
            await Google.DisposeAsync();
        }

        if (Graph is not null)
        {
            await Graph.DisposeAsync();
        }
    }
}
