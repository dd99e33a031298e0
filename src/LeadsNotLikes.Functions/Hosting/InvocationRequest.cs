using System.Text.Json;

namespace LeadsNotLikes.Hosting;

/// <summary>
/// The envelope the Functions host POSTs to <c>/{FunctionName}</c> for queue and timer triggers:
/// <c>{ "Data": { binding: value }, "Metadata": { ... } }</c> (azure-facts.md A.5).
/// String values may arrive JSON-encoded twice; <see cref="GetString"/> unwraps them.
/// </summary>
public sealed class InvocationRequest
{
    private readonly JsonElement _data;
    private readonly JsonElement _metadata;

    private InvocationRequest(JsonElement data, JsonElement metadata) => (_data, _metadata) = (data, metadata);

    /// <summary>Reads the envelope; throws <see cref="InvalidDataException"/> when the body is not one.</summary>
    public static async Task<InvocationRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException("The invocation body must be a JSON object with Data and Metadata.");
            }

            var data = root.TryGetProperty("Data", out var d) ? d.Clone() : default;
            var metadata = root.TryGetProperty("Metadata", out var m) ? m.Clone() : default;
            return new InvocationRequest(data, metadata);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException("The invocation body is not valid JSON.", e);
        }
    }

    /// <summary>The input binding's value as text: a queue message's content, unwrapped from any extra JSON encoding.</summary>
    public string? GetString(string binding) => TryGet(_data, binding, out var value) ? Unwrap(value) : null;

    /// <summary>A trigger metadata value (<c>DequeueCount</c>, <c>Id</c>, ...) as text.</summary>
    public string? GetMetadata(string name) => TryGet(_metadata, name, out var value) ? Unwrap(value) : null;

    /// <summary>
    /// Data and metadata values may be a JSON string holding a JSON string literal (double-encoded), a plain
    /// string, a number or an object. Returns the innermost text.
    /// </summary>
    internal static string Unwrap(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return value.GetRawText();
        }

        var text = value.GetString()!;
        for (var i = 0; i < 2 && text.Length >= 2 && text[0] == '"' && text[^1] == '"'; i++)
        {
            try
            {
                text = JsonSerializer.Deserialize<string>(text) ?? text;
            }
            catch (JsonException)
            {
                break;
            }
        }

        return text;
    }

    private static bool TryGet(JsonElement element, string name, out JsonElement value)
    {
        value = default;
        return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;
    }
}
