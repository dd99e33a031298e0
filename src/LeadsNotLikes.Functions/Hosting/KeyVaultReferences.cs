namespace LeadsNotLikes.Hosting;

/// <summary>
/// In Azure, secrets reach the app as Key Vault references that the platform resolves. One that does not resolve
/// (missing secret, missing role, wrong keyVaultReferenceIdentity) arrives as the literal
/// <c>@Microsoft.KeyVault(...)</c> text, which would pass as a "secret". Stop at start instead, naming the setting.
/// </summary>
public static class KeyVaultReferences
{
    private const string Marker = "@Microsoft.KeyVault(";

    public static void ThrowIfUnresolved(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var unresolved = configuration.AsEnumerable()
            .Where(setting => setting.Value?.StartsWith(Marker, StringComparison.OrdinalIgnoreCase) == true)
            .Select(setting => setting.Key.Replace(":", "__", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (unresolved.Count > 0)
        {
            throw new InvalidOperationException(
                $"These app settings are Key Vault references that did not resolve: {string.Join(", ", unresolved)}. " +
                "Check that the secret exists, that the app's identity has Key Vault Secrets User on the vault, and that the site's keyVaultReferenceIdentity is that identity.");
        }
    }
}
