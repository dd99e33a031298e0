using System.Net.Mime;
using System.Text;
using System.Text.Json.Nodes;

namespace LeadsNotLikes.LocalHost.Host;

/// <summary>
/// Posts an invocation envelope to the handler's <c>/{FunctionName}</c>. As in the host, any non-2xx status (or a
/// timeout after <c>functionTimeout</c>) fails the invocation (azure-facts.md A.6).
/// </summary>
public sealed class FunctionInvoker(Uri handlerBaseUri, TimeSpan functionTimeout, ILogger logger) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = handlerBaseUri, Timeout = Timeout.InfiniteTimeSpan };

    public async Task<bool> InvokeAsync(FunctionDefinition function, JsonObject envelope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(envelope);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(functionTimeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, function.Name)
        {
            Content = new StringContent(envelope.ToJsonString(), Encoding.UTF8, MediaTypeNames.Application.Json),
        };
        request.Headers.Add("X-Azure-Functions-InvocationId", Guid.NewGuid().ToString());
        request.Headers.Add("X-Azure-Functions-HostVersion", "local-standin");
        try
        {
            using var response = await _http.SendAsync(request, timeout.Token);
            if (response.IsSuccessStatusCode)
            {
                return true;
            }

            var detail = await response.Content.ReadAsStringAsync(cancellationToken);
            logger.LogWarning("Function {Function} failed with {Status}: {Detail}", function.Name, (int)response.StatusCode, Truncate(detail));
            return false;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Function {Function} timed out after {Timeout}", function.Name, functionTimeout);
            return false;
        }
        catch (HttpRequestException e)
        {
            logger.LogWarning("Function {Function} could not be reached: {Reason}", function.Name, e.Message);
            return false;
        }
    }

    public void Dispose() => _http.Dispose();

    private static string Truncate(string text) => text.Length <= 500 ? text : text[..500] + "…";
}
