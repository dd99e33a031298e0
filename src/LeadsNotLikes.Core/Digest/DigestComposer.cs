namespace LeadsNotLikes.Digest;

/// <summary>Renders a team's likes-versus-leads digest as an email: subject, plain text and HTML from one <see cref="DigestModel"/>.</summary>
public static class DigestComposer
{
    public static DigestMessage Compose(DigestReport report) => Compose(DigestBuilder.Build(report));

    public static DigestMessage Compose(DigestModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var total = model.Total;
        var subject = $"{model.TeamName}: {DigestBuilder.Plural(total.Leads, "lead")} vs {DigestBuilder.Plural(total.Likes, "like")}, {model.PeriodLabel}";
        if (model.Unanswered.Count > 0)
        {
            subject += $" ({model.Unanswered.Count} still unanswered)";
        }

        return new DigestMessage(subject, DigestText.Render(model), DigestHtml.Render(model), model);
    }
}
