using LeadsNotLikes.Events;
using LeadsNotLikes.Storage.Queues;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LeadsNotLikes.Tests.Hosting;

/// <summary>
/// Hosts the function app in memory with valid settings and no services: queue writes go to <see cref="Published"/>,
/// or fail with <see cref="PublishFailure"/>. Nothing here touches storage.
/// </summary>
public sealed class FunctionAppFactory : WebApplicationFactory<Program>
{
    public const string AppSecret = "test-app-secret-0123456789";
    public const string VerifyToken = "test-verify-token";

    public RecordingPublisher Publisher { get; } = new();

    public List<EngagementEvent> Published => Publisher.Events;

    public Exception? PublishFailure { get => Publisher.Failure; set => Publisher.Failure = value; }

    public int MaxBodyBytes { get; init; } = 64 * 1024;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("AzureWebJobsStorage", "UseDevelopmentStorage=true");
        builder.UseSetting("Meta:AppSecret", AppSecret);
        builder.UseSetting("Meta:VerifyToken", VerifyToken);
        builder.UseSetting("Webhooks:MaxBodyBytes", MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Cosmos:Endpoint", "http://127.0.0.1:1/");
        builder.UseSetting("Cosmos:Key", "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==");
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:From", "digest@example.test");
        builder.ConfigureServices(services => services.AddSingleton<IEventPublisher>(Publisher));
    }

    public sealed class RecordingPublisher : IEventPublisher
    {
        public List<EngagementEvent> Events { get; } = [];

        public Exception? Failure { get; set; }

        public Task PublishAsync(IReadOnlyList<EngagementEvent> events, CancellationToken cancellationToken)
        {
            if (Failure is not null)
            {
                throw Failure;
            }

            lock (Events)
            {
                Events.AddRange(events);
            }

            return Task.CompletedTask;
        }
    }
}
