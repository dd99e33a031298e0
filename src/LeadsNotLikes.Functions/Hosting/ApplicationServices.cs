using System.Text.Json.Serialization;
using Azure.Core;
using Azure.Identity;
using LeadsNotLikes.Digest;
using LeadsNotLikes.Scoring;
using LeadsNotLikes.Storage.Cosmos;
using LeadsNotLikes.Storage.Queues;
using LeadsNotLikes.Teams;
using LeadsNotLikes.Webhooks;
using LeadsNotLikes.Webhooks.Meta;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Hosting;

/// <summary>All of the app's set-up in one place: settings (validated at start), clients, stores and functions.</summary>
public static class ApplicationServices
{
    /// <summary>Client id of the user-assigned managed identity the handler uses for Cosmos DB.</summary>
    public const string ManagedIdentityClientIdSetting = "AZURE_CLIENT_ID";

    /// <summary>The settings sections bound to options classes (validated at start).</summary>
    public static IReadOnlyList<Type> OptionsTypes { get; } = [typeof(MetaOptions), typeof(WebhookOptions), typeof(CosmosOptions), typeof(SmtpOptions)];

    public static WebApplicationBuilder AddApplicationServices(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        KeyVaultReferences.ThrowIfUnresolved(builder.Configuration);
        builder.UseCustomHandlerPort();

        // The host logs the handler's stdout as Information and every stderr line as an Error (azure-facts.md E.3).
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Error);

        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));

        AddOptions<MetaOptions>(services, MetaOptions.SectionName);
        AddOptions<WebhookOptions>(services, WebhookOptions.SectionName);
        AddOptions<CosmosOptions>(services, CosmosOptions.SectionName);
        AddOptions<SmtpOptions>(services, SmtpOptions.SectionName);

        // Fails at start, naming the setting, when storage is not configured.
        var storage = StorageConnection.FromConfiguration(builder.Configuration);
        services.AddSingleton(new StorageQueueClient(storage));
        services.AddSingleton<EventQueues>();
        services.AddSingleton<IEventPublisher>(sp => sp.GetRequiredService<EventQueues>());

        services.AddSingleton(sp => CreateCosmosClient(sp.GetRequiredService<IOptions<CosmosOptions>>().Value, builder.Configuration));
        services.AddSingleton<TeamDirectory>();
        services.AddSingleton<LeadStore>();
        services.AddSingleton<EngagementCounters>();
        services.AddSingleton<DigestLog>();
        if (builder.Configuration.GetValue<bool>($"{CosmosOptions.SectionName}:{nameof(CosmosOptions.LocalEmulator)}"))
        {
            services.AddHostedService<CosmosLocalSetup>();
        }

        services.AddSingleton<LeadScorer>();
        services.AddSingleton<EngagementProcessor>();
        services.AddSingleton<DigestSender>();
        services.AddSingleton<DigestRunner>();
        return builder;
    }

    /// <summary>Maps the host's readiness probe and every function's endpoint.</summary>
    public static WebApplication MapFunctions(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/", () => TypedResults.Text("LeadsNotLikes custom handler is running"));
        app.MapMetaWebhook();
        app.MapScoreFunction();
        app.MapDigestFunction();
        app.MapManageApi();
        return app;
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
