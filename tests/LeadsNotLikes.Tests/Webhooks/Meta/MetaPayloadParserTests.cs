using System.Text;
using LeadsNotLikes.Events;
using LeadsNotLikes.Webhooks;
using LeadsNotLikes.Webhooks.Meta;

namespace LeadsNotLikes.Tests.Webhooks.Meta;

/// <summary>Fixtures follow the documented payloads in platform-facts.md 1.4–1.6 (restfb and bottender fixtures).</summary>
public sealed class MetaPayloadParserTests
{
    private const string CommentAdd = """
        {"object":"page","entry":[{"id":"PAGE_ID","time":1449135003,"changes":[{"field":"feed","value":{
         "item":"comment","verb":"add","comment_id":"POSTID_COMMENTID","post_id":"PAGEID_POSTID","parent_id":"PAGEID_POSTID",
         "from":{"id":"USER_ID","name":"Tester"},"created_time":1449135003,"message":"and the next one"}}]}]}
        """;

    private static ParsedWebhook Parse(string json) => MetaPayloadParser.Parse(Encoding.UTF8.GetBytes(json));

    private static string Page(params string[] changes) =>
        $$"""{"object":"page","entry":[{"id":"PAGE_ID","time":1449135100,"changes":[{{string.Join(',', changes)}}]}]}""";

    private static string Feed(string value) => $$"""{"field":"feed","value":{{value}}}""";

    [Fact]
    public void Parse_CommentAdd_NormalizesComment()
    {
        var e = Assert.Single(Parse(CommentAdd).Events);

        Assert.Equal(Platforms.Facebook, e.Platform);
        Assert.Equal("PAGE_ID", e.AccountId);
        Assert.Equal(EngagementKind.Comment, e.Kind);
        Assert.Equal(EngagementAction.Added, e.Action);
        Assert.Equal("PAGEID_POSTID", e.PostId);
        Assert.Equal("POSTID_COMMENTID", e.ItemId);
        Assert.Null(e.ParentId);
        Assert.Equal("USER_ID", e.AuthorId);
        Assert.Equal("Tester", e.AuthorName);
        Assert.Equal("and the next one", e.Text);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1449135003), e.OccurredAt);
        Assert.Matches("^[0-9a-f]{32}$", e.EventId);
    }

    [Fact]
    public void Parse_ParentIsAComment_IsReply()
    {
        var json = Page(Feed("""
            {"item":"comment","verb":"add","comment_id":"POSTID_REPLYID","post_id":"PAGEID_POSTID",
             "parent_id":"POSTID_PARENTCOMMENTID","from":{"id":"USER_ID","name":"X"},"created_time":1449135003,"message":"+1, price?"}
            """));

        var e = Assert.Single(Parse(json).Events);

        Assert.Equal(EngagementKind.Reply, e.Kind);
        Assert.Equal("POSTID_PARENTCOMMENTID", e.ParentId);
    }

    [Fact]
    public void Parse_EditedWithSenderFields_UsesSenderIdAndName()
    {
        var json = Page(Feed("""
            {"item":"comment","verb":"edited","comment_id":"C1","post_id":"P1","parent_id":"P1","sender_id":123,"sender_name":"Tester","created_time":1448555737,"message":"new text"}
            """));

        var e = Assert.Single(Parse(json).Events);

        Assert.Equal(EngagementAction.Edited, e.Action);
        Assert.Equal("123", e.AuthorId);
        Assert.Equal("Tester", e.AuthorName);
        Assert.Equal("new text", e.Text);
    }

    [Fact]
    public void Parse_CommentRemoveWithoutTime_IsRemovedAtEntryTime()
    {
        var json = Page(Feed("""{"item":"comment","verb":"remove","comment_id":"C1","post_id":"P1","parent_id":"P1","from":{"id":"U","name":"John Doe"}}"""));

        var e = Assert.Single(Parse(json).Events);

        Assert.Equal(EngagementAction.Removed, e.Action);
        Assert.Null(e.Text);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1449135100), e.OccurredAt);
    }

    [Fact]
    public void Parse_ReactionsOnPostAndComment_NormalizesTargets()
    {
        var json = Page(
            Feed("""{"item":"reaction","verb":"add","reaction_type":"love","post_id":"PAGEID_POSTID","parent_id":"PAGEID_POSTID","from":{"id":"U","name":"John Doe"},"created_time":1475578854}"""),
            Feed("""{"item":"reaction","verb":"add","reaction_type":"love","post_id":"PAGEID_POSTID","parent_id":"PAGEID_POSTID","comment_id":"PAGEID_COMMENTID","sender_id":123,"created_time":1475578854}"""),
            Feed("""{"item":"reaction","verb":"remove","reaction_type":"wow","post_id":"PAGEID_POSTID","parent_id":"PAGEID_POSTID","from":{"id":"U","name":"John Doe"},"created_time":1475578854}"""),
            Feed("""{"item":"reaction","verb":"edit","reaction_type":"HAHA","post_id":"PAGEID_POSTID","parent_id":"PAGEID_POSTID","from":{"id":"U"},"created_time":1475578855}"""));

        var events = Parse(json).Events;

        Assert.All(events, e => Assert.Equal(EngagementKind.Reaction, e.Kind));
        Assert.Null(events[0].ItemId);
        Assert.Equal("PAGEID_COMMENTID", events[1].ItemId);
        Assert.Equal("123", events[1].AuthorId);
        Assert.Equal(EngagementAction.Removed, events[2].Action);
        Assert.Equal("wow", events[2].ReactionType);
        Assert.Equal(EngagementAction.Edited, events[3].Action);
        Assert.Equal("haha", events[3].ReactionType);
        Assert.Null(events[0].AuthorName); // reactions keep no names
        Assert.Equal(4, events.Select(e => e.EventId).Distinct().Count());
    }

    [Fact]
    public void Parse_LegacyLikeOfPost_IsLikeReaction_AndLikeOfPage_IsIgnored()
    {
        var json = Page(
            Feed("""{"item":"like","verb":"add","post_id":"P1","parent_id":"P1","sender_id":909,"sender_name":"Tester","created_time":1450701319}"""),
            Feed("""{"item":"like","verb":"add","sender_id":909,"created_time":1450701319}"""));

        var parsed = Parse(json);

        var like = Assert.Single(parsed.Events);
        Assert.Equal("like", like.ReactionType);
        Assert.Contains("Page itself", Assert.Single(parsed.Ignored).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Mention_IsMentionWithText()
    {
        var json = Page("""{"field":"mention","value":{"item":"post","verb":"add","post_id":"PAGEID_POSTID","message":"A test post message","created_time":1614340562,"sender_id":"44","sender_name":"Example"}}""");

        var e = Assert.Single(Parse(json).Events);

        Assert.Equal(EngagementKind.Mention, e.Kind);
        Assert.Equal("A test post message", e.Text);
        Assert.Equal("PAGEID_POSTID", e.ItemId);
    }

    [Theory]
    [InlineData("\"rating\":3,", 3)]
    [InlineData("\"recommendation_type\":\"negative\",", 1)]
    [InlineData("\"recommendation_type\":\"positive\",", 5)]
    [InlineData("\"rating\":\"4\",", 4)]
    [InlineData("\"rating\":null,\"recommendation_type\":\"negative\",", 1)]
    [InlineData("\"rating\":{\"value\":5},", null)]
    public void Parse_Rating_IsReviewWithStars(string stars, int? expected)
    {
        var json = Page($$$"""
            {"field":"ratings","value":{"item":"rating","verb":"add","open_graph_story_id":904801129604590,"reviewer_id":705955836155788,
             "reviewer_name":"Tester",{{{stars}}}"review_text":"Ja ziemlich coole Sache","created_time":1448795002}}
            """);

        var e = Assert.Single(Parse(json).Events);

        Assert.Equal(EngagementKind.Review, e.Kind);
        Assert.Equal(expected, e.Rating);
        Assert.Equal("904801129604590", e.ItemId);
        Assert.Equal("705955836155788", e.AuthorId);
        Assert.Equal("Ja ziemlich coole Sache", e.Text);
    }

    [Fact]
    public void Parse_FieldsOfUnexpectedTypes_AreTreatedAsMissing()
    {
        var json = Page(
            Feed("""{"item":"comment","verb":"add","comment_id":"C1","post_id":"P","parent_id":"P","created_time":5,"message":"ok"}"""),
            Feed("""{"item":"comment","verb":"add","comment_id":"C2","post_id":"P","parent_id":"P","created_time":5,"from":"not an object","message":{"text":"x"}}"""));

        var events = Parse(json).Events;

        Assert.Equal(["C1", "C2"], events.Select(e => e.ItemId));
        Assert.Null(events[1].AuthorId);
        Assert.Null(events[1].Text);
    }

    [Fact]
    public void Parse_BatchOfEntriesAndChanges_SplitsEveryChange()
    {
        var reaction = (string user) => Feed($$"""{"item":"reaction","verb":"add","post_id":"P","from":{"id":"{{user}}"},"created_time":5}""");
        var entry = (string id) => $$$"""{"id":"{{{id}}}","time":1,"changes":[{{{reaction("U1")}}},{{{reaction("U2")}}}]}""";
        var json = $$"""{"object":"page","entry":[{{entry("A")}},{{entry("B")}}]}""";

        var events = Parse(json).Events;

        Assert.Equal(4, events.Count);
        Assert.Equal(["A", "A", "B", "B"], events.Select(e => e.AccountId));
    }

    [Fact]
    public void Parse_FlatFieldValueEntry_IsParsed()
    {
        var json = """{"object":"page","entry":[{"id":"PAGE","time":1,"field":"feed","value":{"item":"comment","verb":"add","comment_id":"C","post_id":"P","parent_id":"P","created_time":5,"message":"hi"}}]}""";

        Assert.Single(Parse(json).Events);
    }

    [Theory]
    [InlineData("status")]
    [InlineData("photo")]
    public void Parse_ThePagesOwnPost_IsAPostEventWithItsText(string item)
    {
        var json = Page($$$"""{"field":"feed","value":{"item":"{{{item}}}","verb":"add","post_id":"PAGE_P1","from":{"id":"PAGE_ID","name":"Demo Bakery"},"message":"Our new sourdough is here","created_time":1614340562}}""");

        var post = Assert.Single(Parse(json).Events);

        Assert.Equal(EngagementKind.Post, post.Kind);
        Assert.Equal("PAGE_P1", post.PostId);
        Assert.Equal("Our new sourdough is here", post.Text);
    }

    [Fact]
    public void Parse_AVisitorsPostOnThePage_IsScoredLikeAComment()
    {
        var json = Page("""{"field":"feed","value":{"item":"post","verb":"add","post_id":"PAGE_P2","from":{"id":"U9","name":"Ann"},"message":"Do you cater weddings?","created_time":1614340562}}""");

        var post = Assert.Single(Parse(json).Events);

        Assert.Equal(EngagementKind.Comment, post.Kind);
        Assert.Equal("PAGE_P2", post.ItemId);
        Assert.Equal("U9", post.AuthorId);
    }

    [Fact]
    public void Parse_UntrackedChanges_AreReportedWithReasons()
    {
        var json = """
            {"object":"page","entry":[
              {"id":"PAGE","time":1,"changes":[
                {"field":"feed","value":{"item":"share","verb":"add","post_id":"P"}},
                {"field":"feed","value":{"item":"comment","verb":"hide","comment_id":"C","post_id":"P","created_time":5}},
                {"field":"feed","value":{"item":"comment","verb":"add","post_id":"P","created_time":5}},
                {"field":"feed","value":{"item":"reaction","verb":"add","created_time":5}},
                {"field":"live_videos","value":{"id":"1"}},
                {"field":"feed"}]},
              {"id":"PAGE","time":1,"messaging":[{"sender":{"id":"1"}}]},
              {"time":1,"changes":[]}]}
            """;

        var parsed = Parse(json);

        Assert.Empty(parsed.Events);
        Assert.Equal(8, parsed.Ignored.Count);
        Assert.All(parsed.Ignored, i => Assert.False(string.IsNullOrWhiteSpace(i.Reason)));
        Assert.Contains(parsed.Ignored, i => i.What == "feed/comment/hide");
        Assert.Contains(parsed.Ignored, i => i.What == "messaging");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"entry\":[]}")]
    [InlineData("{\"object\":\"page\"}")]
    [InlineData("{\"object\":\"page\",\"entry\":{}}")]
    [InlineData("{\"object\":\"page\",\"entry\":[")]
    public void Parse_MalformedBody_IsRejectedWith400(string json)
    {
        var parsed = Parse(json);

        Assert.Equal(400, parsed.ErrorStatus);
        Assert.NotNull(parsed.Error);
        Assert.Empty(parsed.Events);
    }

    [Fact]
    public void Parse_DeeplyNestedJson_IsRejectedNotCrashed()
    {
        var json = "{\"object\":\"page\",\"entry\":" + new string('[', 200) + new string(']', 200) + "}";

        Assert.Equal(400, Parse(json).ErrorStatus);
    }

    [Fact]
    public void Parse_OtherObjectType_IsUnsupportedWith422()
    {
        var parsed = Parse("""{"object":"whatsapp_business_account","entry":[]}""");

        Assert.Equal(422, parsed.ErrorStatus);
        Assert.Contains("whatsapp_business_account", parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SameDeliveryTwice_GivesSameEventIds()
    {
        Assert.Equal(Parse(CommentAdd).Events[0].EventId, Parse(CommentAdd).Events[0].EventId);
        Assert.NotEqual(Parse(CommentAdd).Events[0].EventId, Parse(CommentAdd.Replace("\"add\"", "\"edited\"", StringComparison.Ordinal)).Events[0].EventId);
    }

    [Fact]
    public void Parse_TwoEditsWithTheSameTime_AreDifferentEvents()
    {
        var edit = (string text) => Page(Feed($$"""{"item":"comment","verb":"edited","comment_id":"C1","post_id":"P","parent_id":"P","created_time":1448555737,"message":"{{text}}"}"""));

        Assert.NotEqual(Parse(edit("how much?")).Events[0].EventId, Parse(edit("never mind")).Events[0].EventId);
        Assert.Equal(Parse(edit("how much?")).Events[0].EventId, Parse(edit("how much?")).Events[0].EventId);
    }

    [Fact]
    public void Parse_HugeMessage_IsTruncated()
    {
        var json = CommentAdd.Replace("and the next one", new string('x', 20_000), StringComparison.Ordinal);

        Assert.Equal(MetaPayloadParser.MaxTextLength, Parse(json).Events[0].Text!.Length);
    }

    [Fact]
    public void Parse_MillisecondTimestamp_IsReadAsMilliseconds()
    {
        var json = CommentAdd.Replace("\"created_time\":1449135003", "\"created_time\":1449135003000", StringComparison.Ordinal);

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1449135003), Parse(json).Events[0].OccurredAt);
    }
}
