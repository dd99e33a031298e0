namespace LeadsNotLikes.LocalHost.Services;

/// <summary>Ports for the local services; 0 means pick a free port.</summary>
public sealed record LocalServicePorts(int Queue, int Cosmos, int Smtp, int MailWeb)
{
    /// <summary>The usual local ports: Azurite's queue port, the Cosmos DB emulator's port, maildev's defaults.</summary>
    public static LocalServicePorts Standard { get; } = new(10001, 8081, 1025, 1080);

    public static LocalServicePorts Any { get; } = new(0, 0, 0, 0);
}
