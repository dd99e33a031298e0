namespace LeadsNotLikes.Teams;

/// <summary>The body of <c>PUT /api/manage/teams/{id}</c>; the id comes from the route.</summary>
public sealed record TeamRequest
{
    public string? Name { get; init; }

    public string? TimeZone { get; init; }

    public int? DigestHour { get; init; }

    public Digest.DigestCadence? Cadence { get; init; }

    public DayOfWeek? WeeklyOn { get; init; }

    public IReadOnlyList<string>? Recipients { get; init; }

    public int? LeadThreshold { get; init; }

    public IReadOnlyList<string>? Vocabulary { get; init; }

    public IReadOnlyList<TeamAccount>? Accounts { get; init; }

    public Team ToTeam(string id) => new()
    {
        Id = id,
        Name = Name?.Trim() ?? "",
        TimeZone = TimeZone ?? "UTC",
        DigestHour = DigestHour ?? Team.DefaultDigestHour,
        Cadence = Cadence ?? Digest.DigestCadence.Daily,
        WeeklyOn = WeeklyOn ?? DayOfWeek.Monday,
        Recipients = Recipients ?? [],
        LeadThreshold = LeadThreshold ?? Scoring.ScoringProfile.DefaultThreshold,
        Vocabulary = Vocabulary ?? [],
        Accounts = Accounts ?? [],
    };
}
