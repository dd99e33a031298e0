namespace LeadsNotLikes.IntegrationTests.Faults;

/// <summary>
/// The fault suite (issue 11). Each test starts its own stack and then disturbs it, so the tests run one at a time,
/// never beside the rest of the suite's tests, which would otherwise starve for CPU on a 2-core machine.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultCollection
{
    public const string Name = "Faults";
}
