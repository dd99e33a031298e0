using Azure;
using LeadsNotLikes.IntegrationTests.Support;
using LeadsNotLikes.Storage.Queues;

namespace LeadsNotLikes.IntegrationTests.Storage.Queues;

public sealed class StorageQueueClientTests(ServicesFixture services)
{
    private readonly StorageQueueClient _client = new(StorageConnection.Parse(services.Services.StorageConnectionString));
    private readonly string _queue = "t-" + Guid.NewGuid().ToString("N")[..20];
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateQueueIfNotExists_Twice_Succeeds()
    {
        await _client.CreateQueueIfNotExistsAsync(_queue, Cancel);
        await _client.CreateQueueIfNotExistsAsync(_queue, Cancel);

        Assert.Equal(0, await _client.GetApproximateMessageCountAsync(_queue, Cancel));
    }

    [Fact]
    public async Task SendReceiveDelete_RoundTripsTextThatNeedsXmlEscaping()
    {
        await _client.CreateQueueIfNotExistsAsync(_queue, Cancel);
        const string text = "<QueueMessage> & \"quotes\" 'single' ünïcode 😀";

        var id = await _client.SendMessageAsync(_queue, text, cancellationToken: Cancel);
        var received = Assert.Single(await _client.ReceiveMessagesAsync(_queue, 32, TimeSpan.FromSeconds(30), Cancel));

        Assert.Equal(id, received.MessageId);
        Assert.Equal(text, received.Text);
        Assert.Equal(1, received.DequeueCount);
        Assert.True(await _client.DeleteMessageAsync(_queue, received.MessageId, received.PopReceipt, Cancel));
        Assert.Empty(await _client.PeekMessagesAsync(_queue, 32, Cancel));
    }

    [Fact]
    public async Task UpdateVisibility_ToZero_RedeliversWithHigherDequeueCount_AndOldReceiptNoLongerDeletes()
    {
        await _client.CreateQueueIfNotExistsAsync(_queue, Cancel);
        await _client.SendMessageAsync(_queue, "retry me", cancellationToken: Cancel);
        var first = (await _client.ReceiveMessagesAsync(_queue, 1, TimeSpan.FromMinutes(1), Cancel))[0];

        Assert.Empty(await _client.ReceiveMessagesAsync(_queue, 1, TimeSpan.FromMinutes(1), Cancel)); // leased
        var receipt = await _client.UpdateVisibilityAsync(_queue, first.MessageId, first.PopReceipt, TimeSpan.Zero, Cancel);
        var second = (await _client.ReceiveMessagesAsync(_queue, 1, TimeSpan.FromMinutes(1), Cancel))[0];

        Assert.NotEqual(first.PopReceipt, receipt);
        Assert.Equal(2, second.DequeueCount);
        Assert.False(await _client.DeleteMessageAsync(_queue, first.MessageId, receipt, Cancel));
        Assert.True(await _client.DeleteMessageAsync(_queue, second.MessageId, second.PopReceipt, Cancel));
    }

    [Fact]
    public async Task SendMessage_NeverExpire_IsAccepted()
    {
        await _client.CreateQueueIfNotExistsAsync(_queue, Cancel);

        await _client.SendMessageAsync(_queue, "kept", TimeSpan.FromSeconds(-1), Cancel);

        var message = Assert.Single(await _client.PeekMessagesAsync(_queue, 1, Cancel));
        Assert.True(message.ExpirationTime > DateTimeOffset.UtcNow.AddYears(100));
    }

    [Fact]
    public async Task SendMessage_MissingQueue_ThrowsWithErrorCode()
    {
        var error = await Assert.ThrowsAsync<RequestFailedException>(() => _client.SendMessageAsync(_queue, "x", cancellationToken: Cancel));

        Assert.Equal(404, error.Status);
        Assert.Equal("QueueNotFound", error.ErrorCode);
    }

    [Fact]
    public async Task SendMessage_OverTheLimit_IsRefusedBeforeSending() =>
        await Assert.ThrowsAsync<ArgumentException>(() => _client.SendMessageAsync(_queue, new string('a', StorageQueueClient.MaxMessageTextLength + 1), cancellationToken: Cancel));

    [Fact]
    public async Task SharedKey_WrongAccountKey_IsRejectedByTheService()
    {
        var wrong = new StorageQueueClient(StorageConnection.Parse(
            services.Services.StorageConnectionString.Replace("AccountKey=", "AccountKey=AAAA", StringComparison.Ordinal)));

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => wrong.CreateQueueIfNotExistsAsync(_queue, Cancel));

        Assert.Equal(403, error.Status);
    }
}
