using System.Text.Json;
using System.Text.Json.Serialization;
using Azure.Core;
using Azure.Identity;
using LeadsNotLikes.Digest;
using LeadsNotLikes.Likes;
using LeadsNotLikes.Scoring;
using LeadsNotLikes.Storage.Cosmos;
using LeadsNotLikes.Storage.Queues;
using LeadsNotLikes.Webhooks;
using LeadsNotLikes.PlatformApis;
using LeadsNotLikes.Webhooks.Google;
using LeadsNotLikes.Webhooks.Instagram;
using LeadsNotLikes.Webhooks.LinkedIn;
using LeadsNotLikes.Webhooks.Meta;
using LeadsNotLikes.Webhooks.StandardWebhooks;
using LeadsNotLikes.Webhooks.Trustpilot;
using LeadsNotLikes.Webhooks.X;
using Microsoft.Azure.Cosmos;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Hosting;

/// <summary>All of the app's set-up in one place: settings (validated at start), clients, stores and services.</summary>
public static class ApplicationServices
{
    /// <summary>Client id of the user-assigned managed identity the app uses for Cosmos DB.</summary>
    public const string ManagedIdentityClientIdSetting = "AZURE_CLIENT_ID";

    /// <summary>The settings sections bound to options classes (validated at start).</summary>
    public static IReadOnlyList<Type> OptionsTypes { get; } =
    [
        typeof(MetaOptions), typeof(WebhookOptions), typeof(CosmosOptions), typeof(SmtpOptions), typeof(DigestOptions),
        typeof(LinkedInOptions), typeof(XOptions), typeof(TrustpilotOptions), typeof(StandardWebhooksOptions), typeof(InstagramOptions), typeof(GoogleOptions),
    ];

    public static FunctionsApplicationBuilder AddApplicationServices(this FunctionsApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseMiddleware<HttpFailureMiddleware>();
        builder.Services.AddApplicationServices(builder.Configuration);

        // The Azure SDK's log forwarder writes every request and response (headers included) at Information: noise
        // in the console and cost in Application Insights. Its warnings (slow responses, failures) still come through.
        builder.Logging.AddFilter("Azure", LogLevel.Warning);
        return builder;
    }

    /// <summary>The services, separate from the worker builder so tests can build them with their own settings.</summary>
    public static IServiceCollection AddApplicationServices(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        KeyVaultReferences.ThrowIfUnresolved(configuration);

        services.AddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));

        AddOptions<MetaOptions>(services, MetaOptions.SectionName);
        AddOptions<WebhookOptions>(services, WebhookOptions.SectionName);
        AddOptions<CosmosOptions>(services, CosmosOptions.SectionName);
        AddOptions<SmtpOptions>(services, SmtpOptions.SectionName);
        AddOptions<DigestOptions>(services, DigestOptions.SectionName);
        AddOptions<LinkedInOptions>(services, LinkedInOptions.SectionName);
        AddOptions<XOptions>(services, XOptions.SectionName);
        AddOptions<TrustpilotOptions>(services, TrustpilotOptions.SectionName);
        AddOptions<StandardWebhooksOptions>(services, StandardWebhooksOptions.SectionName);
        AddOptions<InstagramOptions>(services, InstagramOptions.SectionName);
        AddOptions<GoogleOptions>(services, GoogleOptions.SectionName);

        // Fails at start, naming the setting, when storage is not configured.
        services.AddQueueStorage(configuration);
        services.AddSingleton<WebhookIntake>();
        services.AddPlatformClients();

        services.AddSingleton(sp => CreateCosmosClient(sp.GetRequiredService<IOptions<CosmosOptions>>().Value, configuration));
        services.AddSingleton<TeamDirectory>();
        services.AddSingleton<LeadStore>();
        services.AddSingleton<IPersonDataEraser, LeadEraser>();
        services.AddSingleton<EngagementCounters>();
        services.AddSingleton<DigestLog>();
        services.AddSingleton<PostStore>();
        services.AddSingleton<DaySummaryStore>();
        services.AddSingleton<IngestionHealthCounters>();
        services.AddSingleton<ITokenHealth>(sp => sp.GetRequiredService<IngestionHealthCounters>());
        services.AddHostedService<IngestionHealthFlusher>();
        services.AddSingleton<ParkedEvents>();
        services.AddSingleton<EventQueues>();
        if (configuration.GetValue<bool>($"{CosmosOptions.SectionName}:{nameof(CosmosOptions.LocalEmulator)}"))
        {
            services.AddSingleton<IStartupTask, CosmosLocalSetup>();
        }

        services.AddSingleton<LeadScorer>();
        services.AddSingleton<InstagramMentionText>();
        services.AddSingleton<EngagementProcessor>();
        services.AddSingleton<DigestSender>();
        services.AddSingleton<DigestLinks>();
        services.AddSingleton<PoisonQueueDepth>();
        services.AddSingleton<DigestRunner>();
        services.AddSingleton<IMediaLikesRecorder, PolledLikesStore>();
        services.AddSingleton<InstagramLikesPoller>();
        return services;
    }

    /// <summary>Runs every <see cref="IStartupTask"/> (local emulators only) before the host runs.</summary>
    public static async Task RunStartupTasksAsync(this IHost app)
    {
        ArgumentNullException.ThrowIfNull(app);
        foreach (var task in app.Services.GetServices<IStartupTask>())
        {
            await task.RunAsync(CancellationToken.None);
        }
    }

    private static void AddOptions<T>(IServiceCollection services, string section)
        where T : class =>
        services.AddOptions<T>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();

    internal static CosmosClient CreateCosmosClient(CosmosOptions options, IConfiguration configuration)
    {
        var clientOptions = new CosmosClientOptions
        {
            ApplicationName = "LeadsNotLikes",
            UseSystemTextJsonSerializerWithOptions = CosmosJson.Options,
            EnableContentResponseOnWrite = false,
            ConnectionMode = options.LocalEmulator ? ConnectionMode.Gateway : ConnectionMode.Direct,
            LimitToEndpoint = options.LocalEmulator,
        };
        if (!string.IsNullOrEmpty(options.Key))
        {
            return new CosmosClient(options.Endpoint, options.Key, clientOptions);
        }

        // AZURE_CLIENT_ID names the user-assigned managed identity in Azure; on a developer machine, DefaultAzureCredential.
        TokenCredential credential = configuration[ManagedIdentityClientIdSetting] is { Length: > 0 } clientId
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new DefaultAzureCredential();
        return new CosmosClient(options.Endpoint, credential, clientOptions);
    }
}
