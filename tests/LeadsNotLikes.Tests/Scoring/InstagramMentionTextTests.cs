using LeadsNotLikes.Events;
using LeadsNotLikes.PlatformApis;
using LeadsNotLikes.PlatformApis.Instagram;
using LeadsNotLikes.Scoring;
using LeadsNotLikes.Tests.Likes;
using LeadsNotLikes.Tests.PlatformApis.Instagram;
using LeadsNotLikes.Webhooks.Instagram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Tests.Scoring;

/// <summary>Reading an Instagram mention's comment or caption text through the app's Graph client, against a local fake of the Graph API.</summary>
public sealed class InstagramMentionTextTests : IAsyncLifetime
{
    private readonly RecordingTokens _tokens = new();
    private FakeGraph _graph = default!;
    private ServiceProvider _services = default!;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _graph = await FakeGraph.StartAsync();
        _graph.Mentions["17900000000000001"] = "@bakery how much for 40 croissants on Friday?";
        _graph.CaptionMentions["17900000000000555"] = "Planning the office party with bakery: how much for a cake for 30, and do you deliver?";
        _graph.CaptionMentions["17900000000000556"] = null;
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .Configure<InstagramOptions>(o => (o.GraphBaseUrl, o.GraphApiVersion, o.AccessTokens["IG"]) = (_graph.BaseUri.AbsoluteUri, FakeGraph.Version, FakeGraph.Token("IG")))
            .Configure<GraphResilienceOptions>(o => o.RetryDelay = TimeSpan.FromMilliseconds(10))
            .AddPlatformClients()
            .AddSingleton<ITokenHealth>(_tokens)
            .AddSingleton<InstagramMentionText>()
            .BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _graph.DisposeAsync();
    }

    private Task<EngagementEvent> CompleteAsync(EngagementEvent mention) => _services.GetRequiredService<InstagramMentionText>().CompleteAsync(mention, Cancel);

    private static EngagementEvent Mention(string account = "IG", string? commentId = "17900000000000001") => new()
    {
        EventId = "m1", Platform = Platforms.Instagram, AccountId = account, Kind = EngagementKind.Mention, Action = EngagementAction.Added,
        PostId = "OTHERS_MEDIA", ItemId = commentId ?? "OTHERS_MEDIA", OccurredAt = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public async Task CompleteAsync_ReadsTheMentioningCommentsText()
    {
        var completed = await CompleteAsync(Mention());

        Assert.Equal("@bakery how much for 40 croissants on Friday?", completed.Text);
        Assert.Equal([("IG", "mention:17900000000000001")], _graph.Requests);
    }

    /// <summary>A mention in a comment, or in someone else's caption.</summary>
    private static EngagementEvent Mention(bool inCaption) => inCaption ? CaptionMention() : Mention();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CompleteAsync_TransientError_IsRetried(bool inCaption)
    {
        _graph.Script("IG", new FakeGraph.Answer(500, FakeGraph.Error(2)));

        var completed = await CompleteAsync(Mention(inCaption));

        Assert.NotNull(completed.Text);
        Assert.Equal(2, _graph.RequestsFor("IG"));
    }

    [Theory]
    [InlineData(190, false)]
    [InlineData(100, false)]
    [InlineData(10, false)]
    [InlineData(190, true)]
    [InlineData(10, true)]
    public async Task CompleteAsync_ErrorRetryingCannotFix_LeavesTheMentionWithoutText(int code, bool inCaption)
    {
        _graph.Script("IG", new FakeGraph.Answer(400, FakeGraph.Error(code)));

        var completed = await CompleteAsync(Mention(inCaption));

        Assert.Null(completed.Text);
        Assert.Equal(1, _graph.RequestsFor("IG"));
        Assert.Equal(code is 190 or 10 ? ["IG"] : [], _tokens.Reported.Select(t => t.AccountId)); // a refused token is shown in the digest
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CompleteAsync_RateLimited_Throws_SoTheQueueDeliversItAgainLater(bool inCaption)
    {
        _graph.Script("IG", new FakeGraph.Answer(400, FakeGraph.Error(80002)));

        var e = await Assert.ThrowsAsync<GraphApiException>(() => CompleteAsync(Mention(inCaption)));

        Assert.Equal(GraphErrorKind.AccountRateLimited, e.Kind);
        Assert.Equal(1, _graph.RequestsFor("IG"));
    }

    [Fact]
    public async Task CompleteAsync_AccountWithoutToken_MakesNoCall()
    {
        var comment = await CompleteAsync(Mention(account: "OTHER"));
        var caption = await CompleteAsync(CaptionMention(account: "OTHER"));

        Assert.Null(comment.Text);
        Assert.Null(caption.Text);
        Assert.Empty(_graph.Requests);
    }

    /// <summary>A mention in someone else's caption: the webhook names only the media, which is both post and item.</summary>
    private static EngagementEvent CaptionMention(string mediaId = "17900000000000555", string account = "IG") => Mention(account, commentId: null) with { PostId = mediaId, ItemId = mediaId };

    [Fact]
    public async Task CompleteAsync_CaptionMention_ReadsTheCaption()
    {
        var completed = await CompleteAsync(CaptionMention());

        Assert.Equal("Planning the office party with bakery: how much for a cake for 30, and do you deliver?", completed.Text);
        Assert.Equal([("IG", "caption-mention:17900000000000555")], _graph.Requests);
    }

    [Fact]
    public async Task CompleteAsync_CaptionMention_MediaWithoutCaption_LeavesTheMentionWithoutText()
    {
        var completed = await CompleteAsync(CaptionMention("17900000000000556"));

        Assert.Null(completed.Text);
        Assert.Equal(1, _graph.RequestsFor("IG"));
    }

    [Fact]
    public async Task CompleteAsync_CaptionMention_TooManyRequests_Throws_SoTheQueueDeliversItAgainLater()
    {
        _graph.Script("IG", new FakeGraph.Answer(429, RetryAfter: "3600"));

        var e = await Assert.ThrowsAsync<GraphApiException>(() => CompleteAsync(CaptionMention()));

        Assert.Equal(GraphErrorKind.AccountRateLimited, e.Kind);
        Assert.Equal(1, _graph.RequestsFor("IG"));
    }
}
