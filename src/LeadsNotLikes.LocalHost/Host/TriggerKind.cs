namespace LeadsNotLikes.LocalHost.Host;

/// <summary>The trigger types the stand-in drives.</summary>
public enum TriggerKind
{
    Http,
    Queue,
    Timer,
}
