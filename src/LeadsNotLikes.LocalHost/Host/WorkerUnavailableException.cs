namespace LeadsNotLikes.LocalHost.Host;

/// <summary>The worker cannot take the request: it is not connected, has exited, or its gRPC stream closed.</summary>
public sealed class WorkerUnavailableException : Exception
{
    public WorkerUnavailableException()
    {
    }

    public WorkerUnavailableException(string message)
        : base(message)
    {
    }

    public WorkerUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
