using System.Text;
using LeadsNotLikes.Webhooks;
using LeadsNotLikes.Webhooks.Meta;

namespace LeadsNotLikes.Tests.Webhooks.Meta;

public sealed class MetaSignatureTests
{
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("app-secret-0123456789");
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"object\":\"page\",\"entry\":[]}");

    [Fact]
    public void Verify_SignatureOfExactBody_IsValid() =>
        Assert.Equal(SignatureCheck.Valid, MetaSignature.Verify(Body, MetaSignature.Sign(Body, Secret), Secret));

    [Fact]
    public void Verify_UppercaseHex_IsValid() =>
        Assert.Equal(SignatureCheck.Valid, MetaSignature.Verify(Body, "sha256=" + MetaSignature.Sign(Body, Secret)[7..].ToUpperInvariant(), Secret));

    [Fact]
    public void Verify_KnownVector_MatchesHmacSha256Hex()
    {
        // HMAC-SHA256(key "key", "The quick brown fox jumps over the lazy dog"), a published test vector.
        var body = Encoding.UTF8.GetBytes("The quick brown fox jumps over the lazy dog");
        const string header = "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8";

        Assert.Equal(SignatureCheck.Valid, MetaSignature.Verify(body, header, Encoding.UTF8.GetBytes("key")));
        Assert.Equal(header, MetaSignature.Sign(body, Encoding.UTF8.GetBytes("key")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Verify_NoHeader_IsMissing(string? header) =>
        Assert.Equal(SignatureCheck.Missing, MetaSignature.Verify(Body, header, Secret));

    [Theory]
    [InlineData("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8")]
    [InlineData("sha1=f7bc83f430538424b13298e6aa6fb143ef4d59a1")]
    [InlineData("sha256=abc")]
    [InlineData("sha256=zzbc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8")]
    public void Verify_NotSha256Hex_IsMalformed(string header) =>
        Assert.Equal(SignatureCheck.Malformed, MetaSignature.Verify(Body, header, Secret));

    [Fact]
    public void Verify_TamperedBody_IsMismatch()
    {
        var header = MetaSignature.Sign(Body, Secret);
        var tampered = Encoding.UTF8.GetBytes("{\"object\":\"page\",\"entry\":[1]}");

        Assert.Equal(SignatureCheck.Mismatch, MetaSignature.Verify(tampered, header, Secret));
    }

    [Fact]
    public void Verify_OtherSecret_IsMismatch() =>
        Assert.Equal(SignatureCheck.Mismatch, MetaSignature.Verify(Body, MetaSignature.Sign(Body, Encoding.UTF8.GetBytes("other-secret-000000")), Secret));

    [Fact]
    public void Verify_ReserializedJson_IsMismatch()
    {
        // Meta signs the escaped-unicode bytes it sends; re-encoding them breaks the signature, so raw bytes must be used.
        var sent = Encoding.UTF8.GetBytes("{\"message\":\"\\u00e4\\u00f6\"}");
        var reencoded = Encoding.UTF8.GetBytes("{\"message\":\"äö\"}");

        Assert.Equal(SignatureCheck.Mismatch, MetaSignature.Verify(reencoded, MetaSignature.Sign(sent, Secret), Secret));
    }
}
