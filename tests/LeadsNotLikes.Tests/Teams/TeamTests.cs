using LeadsNotLikes.Teams;

namespace LeadsNotLikes.Tests.Teams;

public sealed class TeamTests
{
    private static readonly Team Valid = new()
    {
        Id = "acme-bakery",
        Name = "Acme Bakery",
        TimeZone = "Europe/Berlin",
        DigestHour = 8,
        Recipients = ["owner@acme.example"],
        LeadThreshold = 60,
        Accounts = [new TeamAccount("facebook", "1234")],
    };

    [Fact]
    public void Validate_ValidTeam_HasNoErrors() => Assert.Empty(Valid.Validate());

    [Fact]
    public void Validate_EveryFieldWrong_NamesEveryField()
    {
        var team = Valid with
        {
            Id = "A B",
            Name = "",
            TimeZone = "Mars/Olympus",
            DigestHour = 24,
            LeadThreshold = 101,
            Recipients = ["not-an-email"],
            Accounts = [new TeamAccount("myspace", "1"), new TeamAccount("facebook", "")],
            Vocabulary = [""],
        };

        var errors = team.Validate();

        Assert.Equal(["accounts", "digestHour", "id", "leadThreshold", "name", "recipients", "timeZone", "vocabulary"], errors.Keys.Order());
        Assert.Contains("'not-an-email' is not an email address.", errors["recipients"]);
    }

    [Fact]
    public void Validate_DuplicateAccount_IsError() =>
        Assert.Contains("accounts", (Valid with { Accounts = [new("facebook", "1"), new("facebook", "1")] }).Validate().Keys);

    [Fact]
    public void Validate_NoRecipients_IsError() =>
        Assert.Contains("recipients", (Valid with { Recipients = [] }).Validate().Keys);

    [Fact]
    public void ToScoringProfile_CarriesThresholdAndVocabulary()
    {
        var profile = (Valid with { Vocabulary = ["sourdough"] }).ToScoringProfile();

        Assert.Equal(60, profile.Threshold);
        Assert.Equal(["sourdough"], profile.Vocabulary);
    }
}
