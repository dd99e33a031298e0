using System.Text;
using System.Text.Json;
using LeadsNotLikes.Events;

namespace LeadsNotLikes.Tests.Events;

public sealed class EventMessagesTests
{
    private static readonly EngagementEvent Sample = new()
    {
        EventId = "0123456789abcdef0123456789abcdef",
        Platform = Platforms.Facebook,
        AccountId = "PAGE",
        Kind = EngagementKind.Reply,
        Action = EngagementAction.Edited,
        PostId = "PAGE_POST",
        ItemId = "POST_COMMENT",
        ParentId = "POST_PARENT",
        Text = "Préço? <b>&amp;</b> \"quoted\" 😀",
        OccurredAt = new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public void ToUtf8Json_IsCamelCaseJsonWithStringEnums()
    {
        var json = Encoding.UTF8.GetString(EventMessages.ToUtf8Json(Sample));

        using var document = JsonDocument.Parse(json);
        Assert.Equal("reply", document.RootElement.GetProperty("kind").GetString());
        Assert.Equal("edited", document.RootElement.GetProperty("action").GetString());
        Assert.False(document.RootElement.TryGetProperty("authorName", out _)); // nulls are omitted
    }

    [Theory]
    [InlineData('語')] // 3 UTF-8 bytes
    [InlineData('é')]
    [InlineData('"')]
    public void ToUtf8Json_LongestTextOfAnyScript_FitsInAQueueMessageOnceBase64Encoded(char ch)
    {
        var longest = Sample with
        {
            Text = new string(ch, LeadsNotLikes.Webhooks.Meta.MetaPayloadParser.MaxTextLength),
            AuthorName = new string(ch, 200),
            PostId = new string('9', 200),
            ItemId = new string('9', 200),
            ParentId = new string('9', 200),
        };

        Assert.True(Convert.ToBase64String(EventMessages.ToUtf8Json(longest)).Length < 48 * 1024, "leaves room under the 64 KiB queue message limit");
    }

    [Fact]
    public void FromUtf8Json_RoundTripsEveryField() => Assert.Equal(Sample, EventMessages.FromUtf8Json(EventMessages.ToUtf8Json(Sample)));

    [Theory]
    [InlineData("null")]
    [InlineData("{\"eventId\":\"x\"}")]
    [InlineData("{\"eventId\":\"x\",\"platform\":\"facebook\",\"accountId\":\"a\",\"kind\":\"tweet\",\"action\":\"added\",\"postId\":\"p\",\"occurredAt\":\"2026-01-01T00:00:00Z\"}")]
    public void FromJson_NotAnEvent_Throws(string json) => Assert.Throws<JsonException>(() => EventMessages.FromJson(json));
}
