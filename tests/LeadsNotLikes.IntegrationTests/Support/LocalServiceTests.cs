using Azure.Storage.Queues;
using LeadsNotLikes.LocalHost.Services;

namespace LeadsNotLikes.IntegrationTests.Support;

/// <summary>The fault tests rely on stopping, restarting and pausing services; these show each does what it says.</summary>
public sealed class LocalServiceTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Azurite_WithADataFolder_KeepsQueuedMessagesAcrossARestart()
    {
        var data = Path.Combine(Path.GetTempPath(), "lnl-azurite-" + Guid.NewGuid().ToString("N"));
        await using var services = await LocalServices.StartAsync(ServicesFixture.RepoRoot, LocalServicePorts.Any, _ => { }, Cancel, azuriteDataPath: data);
        var queue = new QueueClient(services.StorageConnectionString, "survivors");
        await queue.CreateAsync(cancellationToken: Cancel);
        await queue.SendMessageAsync("kept", Cancel);

        await services.Azurite.StopAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => queue.PeekMessagesAsync(cancellationToken: Cancel));
        await services.Azurite.StartAsync(Cancel);

        var message = Assert.Single((await queue.PeekMessagesAsync(cancellationToken: Cancel)).Value);
        Assert.Equal("kept", message.MessageText);
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task Paused_ServiceAnswersNothing_UntilResumed()
    {
        await using var services = await LocalServices.StartAsync(ServicesFixture.RepoRoot, LocalServicePorts.Any, _ => { }, Cancel);
        using var http = new HttpClient { BaseAddress = services.MailUri, Timeout = TimeSpan.FromSeconds(2) };

        services.Mail.Pause();
        await Assert.ThrowsAnyAsync<TaskCanceledException>(() => http.GetAsync("api/email", Cancel));
        services.Mail.Resume();

        // The first request after SIGCONT waits for the resumed process to be scheduled and serve it: on a busy
        // machine that can take longer than the 2 s that only needs to tell "paused" apart.
        using var resumed = new HttpClient { BaseAddress = services.MailUri, Timeout = TimeSpan.FromSeconds(60) };
        Assert.True((await resumed.GetAsync("api/email", Cancel)).IsSuccessStatusCode);
    }
}
