using System.Collections.Concurrent;
using System.Text;
using Azure.Storage.Queues;
using LeadsNotLikes.LocalHost.Host.Rpc;

namespace LeadsNotLikes.LocalHost.Host;

/// <summary>
/// Writes a successful invocation's <c>queue</c> output bindings, as the host does after the worker answers
/// (isolated-worker-facts.md 7.8): the value of <c>$return</c> or of the named output, a string or JSON as one message,
/// a collection as one message each, encoded per host.json messageEncoding; the queue is created on first use. A
/// null value writes nothing. If writing fails, the invocation fails.
/// </summary>
internal sealed class QueueOutputWriter(AppSettings settings, QueueSettings queueSettings)
{
    private readonly ConcurrentDictionary<(string Connection, string Queue), Lazy<Task<QueueClient>>> _clients = new();

    public async Task<InvocationResult> WriteAsync(FunctionDefinition function, InvocationResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(response);
        foreach (var binding in function.QueueOutputs)
        {
            var data = binding.Name == "$return" ? response.ReturnValue : response.OutputData.FirstOrDefault(o => o.Name == binding.Name)?.Data;
            var messages = Messages(data).ToList();
            if (messages.Count == 0)
            {
                continue;
            }

            var queueName = settings.Expand(binding.String("queueName") ?? "");
            var connectionName = binding.String("connection") is { Length: > 0 } c ? c : "AzureWebJobsStorage";
            try
            {
                var connection = settings[connectionName] ?? throw new InvalidOperationException($"App setting '{connectionName}' is not set.");
                var queue = await _clients.GetOrAdd((connection, queueName), key => new Lazy<Task<QueueClient>>(() => CreateAsync(key.Connection, key.Queue))).Value;
                foreach (var message in messages)
                {
                    await queue.SendMessageAsync(queueSettings.Base64Encoding ? Convert.ToBase64String(message) : Encoding.UTF8.GetString(message), cancellationToken);
                }
            }
            catch (Exception e) when (e is Azure.RequestFailedException or InvalidOperationException or FormatException or ArgumentException)
            {
                _clients.TryRemove((settings[connectionName] ?? "", queueName), out _);
                return InvocationResult.Failure($"Writing output '{binding.Name}' to queue '{queueName}' failed: {e.Message}");
            }
        }

        return InvocationResult.Success;
    }

    /// <summary>The messages a TypedData value becomes, as UTF-8 bytes (bytes as they are).</summary>
    internal static IEnumerable<byte[]> Messages(TypedData? data) => data?.DataCase switch
    {
        TypedData.DataOneofCase.String => [Encoding.UTF8.GetBytes(data.String)],
        TypedData.DataOneofCase.Json => [Encoding.UTF8.GetBytes(data.Json)],
        TypedData.DataOneofCase.Bytes => [data.Bytes.ToByteArray()],
        TypedData.DataOneofCase.Int => [Encoding.UTF8.GetBytes(data.Int.ToString(System.Globalization.CultureInfo.InvariantCulture))],
        TypedData.DataOneofCase.Double => [Encoding.UTF8.GetBytes(data.Double.ToString(System.Globalization.CultureInfo.InvariantCulture))],
        TypedData.DataOneofCase.CollectionString => data.CollectionString.String.Select(Encoding.UTF8.GetBytes),
        TypedData.DataOneofCase.CollectionBytes => data.CollectionBytes.Bytes.Select(b => b.ToByteArray()),
        _ => [],
    };

    private static async Task<QueueClient> CreateAsync(string connection, string queueName)
    {
        var queue = new QueueClient(connection, queueName, new QueueClientOptions { MessageEncoding = Azure.Storage.Queues.QueueMessageEncoding.None });
        await queue.CreateIfNotExistsAsync();
        return queue;
    }
}
