using LeadsNotLikes.Events;
using LeadsNotLikes.Storage.Cosmos;

namespace LeadsNotLikes.Webhooks.Meta;

/// <summary>Deletes a person's leads (text, name, id) from every team's partition; nothing else the app keeps names anyone.</summary>
public sealed class LeadEraser(TeamDirectory directory, LeadStore leads) : IPersonDataEraser
{
    public async Task<int> EraseAsync(string userId, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var team in await directory.ListAsync(cancellationToken))
        {
            deleted += await leads.DeleteByAuthorAsync(team.Id, Platforms.Facebook, userId, cancellationToken);
            deleted += await leads.DeleteByAuthorAsync(team.Id, Platforms.Instagram, userId, cancellationToken);
        }

        return deleted;
    }
}
