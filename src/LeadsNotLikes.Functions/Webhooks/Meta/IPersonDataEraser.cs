namespace LeadsNotLikes.Webhooks.Meta;

/// <summary>Deletes what the app holds about one person on the Meta platforms (the seam the deletion callback's tests replace).</summary>
public interface IPersonDataEraser
{
    /// <summary>Deletes every team's leads by <paramref name="userId"/> on Facebook and Instagram; returns how many.</summary>
    Task<int> EraseAsync(string userId, CancellationToken cancellationToken);
}
