using System.Text.Json;
using LeadsNotLikes.Hosting;

namespace LeadsNotLikes.Tests.Hosting;

public sealed class InvocationRequestTests
{
    private static string Unwrap(string json)
    {
        using var document = JsonDocument.Parse(json);
        return InvocationRequest.Unwrap(document.RootElement);
    }

    [Fact]
    public void Unwrap_DoubleEncodedQueueMessage_ReturnsInnerJson() =>
        // azure-facts.md A.5: Data.msg is a JSON string whose content is itself a JSON string literal.
        Assert.Equal("{\"orderId\":42}", Unwrap("\"\\\"{\\\\\\\"orderId\\\\\\\":42}\\\"\""));

    [Fact]
    public void Unwrap_SingleEncoded_ReturnsString() => Assert.Equal("{\"orderId\":42}", Unwrap("\"{\\\"orderId\\\":42}\""));

    [Fact]
    public void Unwrap_QuotedMetadata_ReturnsBareValue() => Assert.Equal("800ae4b3", Unwrap("\"\\\"800ae4b3\\\"\""));

    [Theory]
    [InlineData("\"1\"", "1")]
    [InlineData("1", "1")]
    [InlineData("{\"IsPastDue\":false}", "{\"IsPastDue\":false}")]
    [InlineData("\"\\\"unterminated\"", "\"unterminated")]
    public void Unwrap_OtherShapes_AreReturnedAsText(string json, string expected) => Assert.Equal(expected, Unwrap(json));
}
