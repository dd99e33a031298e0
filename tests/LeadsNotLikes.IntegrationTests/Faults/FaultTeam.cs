namespace LeadsNotLikes.IntegrationTests.Faults;

/// <summary>A team in the fault traffic: its id and the Facebook Pages it owns (UTC, digest due from midnight).</summary>
public sealed record FaultTeam(string Id, IReadOnlyList<string> Pages)
{
    public string Recipient => $"{Id}@faults.example";
}
