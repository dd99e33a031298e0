using LeadsNotLikes.Scoring;

namespace LeadsNotLikes.Cli;

/// <summary>A labeled row with what the scorer said about it.</summary>
internal sealed record Scored(LabeledRow Row, LeadIntent Gold, LeadScore Result);
