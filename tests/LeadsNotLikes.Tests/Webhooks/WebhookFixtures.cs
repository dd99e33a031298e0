namespace LeadsNotLikes.Tests.Webhooks;

/// <summary>The platform deliveries in Webhooks/Fixtures, rebuilt from each platform's documented payloads.</summary>
public static class WebhookFixtures
{
    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Webhooks", "Fixtures", name + ".json"));
}
