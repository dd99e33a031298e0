using System.Text.Json.Nodes;

namespace LeadsNotLikes.LocalHost.Demo;

/// <summary>
/// A day on a small bakery's Facebook Page and Instagram account, as Meta would deliver it (platform-facts.md 1.3–1.7):
/// a photo post that collects likes and compliments, a plain post whose comments ask to buy, an Instagram post with a
/// compliment and a question, and a recommendation (a Page review) that asks for catering. The Page's own posts
/// arrive too, so the digest can name them. The demo and the end-to-end test
/// send these; <see cref="Expected"/> is what the digest must then say.
/// </summary>
public static class SampleDeliveries
{
    public const string PageId = "104857600000001";
    public const string PhotoPost = PageId + "_2001";
    public const string OrderPost = PageId + "_2002";
    public const string InstagramAccountId = "17841400000000777";
    public const string InstagramPost = "17900000000000777";

    /// <summary>
    /// The digest's numbers for the day: 42 reactions on the photo minus 1 removed, plus 3 on the order post; 7 Facebook
    /// comments, 2 Instagram comments and the review; the 3 Facebook leads, the Instagram question and the review.
    /// </summary>
    public static (int Likes, int Comments, int Leads) Expected => (44, 10, 5);

    /// <summary>The Page's own posts' text: the digest names the posts by it.</summary>
    public const string PhotoPostText = "Fresh from the oven: our autumn wedding cake, three tiers of spiced pear 🍂";

    public const string OrderPostText = "Christmas orders are open! Sourdough, stollen and celebration cakes, delivered across Leeds.";

    /// <summary>The lead comments, each unambiguous: a price, a delivery-and-order, and a booking request.</summary>
    public static readonly string[] LeadTexts =
    [
        "How much would a 3 tier wedding cake for 80 guests cost? Our date is 14 June.",
        "Do you deliver to Leeds on Saturdays? I'd like to order two sourdough loaves every week.",
        "Can I book a cake tasting for next Friday afternoon? Please call me on 0113 496 0000.",
        "How much for a gluten-free birthday cake for 20 people? I'd like to order one for Saturday.",
        "Best sourdough in Leeds. Could you cater our office breakfast for 30 people next month? Please send me a quote.",
    ];

    /// <summary>Four deliveries for the day starting at <paramref name="noon"/> (UTC seconds are derived from it).</summary>
    public static IReadOnlyList<string> ForDay(DateTimeOffset noon)
    {
        long at(int minutes) => noon.AddMinutes(minutes).ToUnixTimeSeconds();
        string[] reactionTypes = ["like", "love", "like", "care", "like", "wow", "like"];

        // 1. The two posts the Page published (their text names them in the digest), and 42 reactions on the photo.
        var reactions = Enumerable.Range(1, 42)
            .Select(i => Change("feed", new JsonObject
            {
                ["item"] = "reaction",
                ["verb"] = "add",
                ["reaction_type"] = reactionTypes[i % reactionTypes.Length],
                ["post_id"] = PhotoPost,
                ["parent_id"] = PhotoPost,
                ["from"] = new JsonObject { ["id"] = $"90000000000{i:D3}", ["name"] = $"Fan {i}" },
                ["created_time"] = at(i),
            }))
            .Prepend(PagePost("photo", PhotoPost, PhotoPostText, at(0)))
            .Prepend(PagePost("status", OrderPost, OrderPostText, at(1)))
            .ToArray();

        // 2. Compliments on the photo (not leads), and one reaction taken back.
        var compliments = new[]
        {
            Comment(PhotoPost, "2001_501", PhotoPost, "Gorgeous!! 😍😍", at(50)),
            Comment(PhotoPost, "2001_502", PhotoPost, "Wow, amazing work as always", at(51)),
            Comment(PhotoPost, "2001_503", PhotoPost, "Tag a friend who loves cake 🎂 giveaway time!", at(52)),
            Comment(PhotoPost, "2001_504", PhotoPost, "👏👏👏", at(53)),
            Change("feed", new JsonObject
            {
                ["item"] = "reaction",
                ["verb"] = "remove",
                ["reaction_type"] = "like",
                ["post_id"] = PhotoPost,
                ["parent_id"] = PhotoPost,
                ["from"] = new JsonObject { ["id"] = "90000000000007", ["name"] = "Fan 7" },
                ["created_time"] = at(55),
            }),
        };

        // 3. The order post: three reactions, two lead comments and a lead reply.
        var orders = new[]
        {
            Reaction(OrderPost, "like", "91000000000001", at(60)),
            Reaction(OrderPost, "like", "91000000000002", at(61)),
            Reaction(OrderPost, "love", "91000000000003", at(62)),
            Comment(OrderPost, "2002_601", OrderPost, LeadTexts[0], at(70)),
            Comment(OrderPost, "2002_602", OrderPost, LeadTexts[1], at(71)),
            Comment(OrderPost, "2002_603", "2002_601", LeadTexts[2], at(72)),
        };

        // 4. Meta retries: the order post's delivery arrives a second time; nothing may be counted twice.
        // 5. Instagram (the second platform, through the same Meta app): a compliment and a question on a post.
        var instagram = new JsonObject
        {
            ["object"] = "instagram",
            ["entry"] = new JsonArray(new JsonObject
            {
                ["id"] = InstagramAccountId,
                ["time"] = at(80),
                ["changes"] = new JsonArray(
                    InstagramComment("17865000000000801", "So pretty 😍"),
                    InstagramComment("17865000000000802", LeadTexts[3])),
            }),
        }.ToJsonString();

        // 6. A review: a positive recommendation with text (the Page's ratings field).
        var review = Change("ratings", new JsonObject
        {
            ["item"] = "rating",
            ["verb"] = "add",
            ["open_graph_story_id"] = "104857600000901",
            ["reviewer_id"] = "93000000000001",
            ["reviewer_name"] = "A neighbour",
            ["recommendation_type"] = "positive",
            ["review_text"] = LeadTexts[4],
            ["created_time"] = at(90),
        });

        return [Delivery(reactions, at(45)), Delivery(compliments, at(56)), Delivery(orders, at(73)), Delivery(orders, at(73)), instagram, Delivery([review], at(91))];
    }

    private static JsonObject InstagramComment(string id, string text) => Change("comments", new JsonObject
    {
        ["id"] = id,
        ["text"] = text,
        ["from"] = new JsonObject { ["id"] = "IGSID" + id[^3..], ["username"] = "customer" + id[^3..] },
        ["media"] = new JsonObject { ["id"] = InstagramPost, ["media_product_type"] = "FEED" },
    });

    private static JsonObject Comment(string postId, string commentId, string parentId, string message, long createdTime) =>
        Change("feed", new JsonObject
        {
            ["item"] = "comment",
            ["verb"] = "add",
            ["comment_id"] = commentId,
            ["post_id"] = postId,
            ["parent_id"] = parentId,
            ["from"] = new JsonObject { ["id"] = "92" + commentId.Replace("_", "", StringComparison.Ordinal), ["name"] = "A customer" },
            ["created_time"] = createdTime,
            ["message"] = message,
        });

    private static JsonObject PagePost(string item, string postId, string message, long createdTime) =>
        Change("feed", new JsonObject
        {
            ["item"] = item,
            ["verb"] = "add",
            ["post_id"] = postId,
            ["from"] = new JsonObject { ["id"] = PageId, ["name"] = "Demo Bakery" },
            ["created_time"] = createdTime,
            ["message"] = message,
        });

    private static JsonObject Reaction(string postId, string type, string userId, long createdTime) =>
        Change("feed", new JsonObject
        {
            ["item"] = "reaction",
            ["verb"] = "add",
            ["reaction_type"] = type,
            ["post_id"] = postId,
            ["parent_id"] = postId,
            ["from"] = new JsonObject { ["id"] = userId, ["name"] = "Someone" },
            ["created_time"] = createdTime,
        });

    private static JsonObject Change(string field, JsonObject value) => new() { ["field"] = field, ["value"] = value };

    private static string Delivery(JsonObject[] changes, long time) => new JsonObject
    {
        ["object"] = "page",
        ["entry"] = new JsonArray(new JsonObject
        {
            ["id"] = PageId,
            ["time"] = time,
            ["changes"] = new JsonArray(changes.Select(c => (JsonNode)c.DeepClone()).ToArray()),
        }),
    }.ToJsonString();
}
