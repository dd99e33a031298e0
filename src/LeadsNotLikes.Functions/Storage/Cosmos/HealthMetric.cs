namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>What <see cref="IngestionHealthCounters"/> counts per platform and UTC day.</summary>
public enum HealthMetric
{
    /// <summary>An event reached the Score function (redeliveries included).</summary>
    Received,

    /// <summary>A webhook delivery whose signature did not verify (counted by the webhook functions).</summary>
    SignatureFailure,

    /// <summary>An event that was already counted: a redelivery or a duplicate delivery.</summary>
    Duplicate,

    /// <summary>An event for an account no team owns, parked in the unrouted queue.</summary>
    Unrouted,
}
