using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace LeadsNotLikes.Tests.Hosting;

/// <summary>
/// Calls an HTTP function's method the way the worker's ASP.NET Core integration does: with a request on a real
/// <see cref="DefaultHttpContext"/>, then executes the returned <see cref="IResult"/> into the response and reads it
/// back. No host, no network.
/// </summary>
public sealed class HttpFunctionCall
{
    private static readonly IServiceProvider RequestServices = new ServiceCollection()
        .AddLogging()
        .ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)))
        .BuildServiceProvider();

    private HttpFunctionCall(int status, string? contentType, string body, IHeaderDictionary headers) =>
        (Status, ContentType, Body, Headers) = (status, contentType, body, headers);

    public int Status { get; }

    /// <summary>The media type, without parameters such as charset.</summary>
    public string? ContentType { get; }

    public string Body { get; }

    public IHeaderDictionary Headers { get; }

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    /// <summary>A request as the worker's Kestrel would hand it to the function.</summary>
    public static HttpRequest Request(string method, string path, byte[]? body = null, IDictionary<string, string>? headers = null, string? query = null, bool chunked = false)
    {
        var context = new DefaultHttpContext { RequestServices = RequestServices };
        var request = context.Request;
        request.Method = method;
        request.Path = path;
        request.QueryString = query is null ? QueryString.Empty : new QueryString("?" + query);
        request.Query = new QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query));
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers[name] = new StringValues(value);
        }

        if (body is not null)
        {
            request.Body = new MemoryStream(body);
            request.ContentLength = chunked ? null : body.Length;
            request.ContentType = "application/json";
        }

        context.Response.Body = new MemoryStream();
        return request;
    }

    public static HttpRequest JsonRequest(string method, string path, string json, IDictionary<string, string>? headers = null) =>
        Request(method, path, Encoding.UTF8.GetBytes(json), headers);

    /// <summary>Runs <paramref name="function"/> on <paramref name="request"/> and returns what the caller would receive.</summary>
    public static async Task<HttpFunctionCall> RunAsync(HttpRequest request, Func<HttpRequest, Task<IResult>> function)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(function);
        var result = await function(request);
        var context = request.HttpContext;
        await result.ExecuteAsync(context);
        context.Response.Body.Position = 0;
        var body = await new StreamReader(context.Response.Body).ReadToEndAsync();
        var contentType = context.Response.ContentType?.Split(';')[0];
        return new HttpFunctionCall(context.Response.StatusCode, contentType, body, context.Response.Headers);
    }
}
