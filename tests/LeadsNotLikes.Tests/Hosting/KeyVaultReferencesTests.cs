using LeadsNotLikes.Hosting;
using Microsoft.Extensions.Configuration;

namespace LeadsNotLikes.Tests.Hosting;

public sealed class KeyVaultReferencesTests
{
    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    [Fact]
    public void ThrowIfUnresolved_ResolvedValues_Passes() =>
        KeyVaultReferences.ThrowIfUnresolved(Settings(("Meta:AppSecret", "a-real-secret-value"), ("AZURE_CLIENT_ID", "x")));

    [Fact]
    public void ThrowIfUnresolved_LiteralReference_NamesTheSettings()
    {
        var error = Assert.Throws<InvalidOperationException>(() => KeyVaultReferences.ThrowIfUnresolved(Settings(
            ("Meta:AppSecret", "@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/meta-app-secret/)"),
            ("Smtp:Password", "@Microsoft.KeyVault(VaultName=kv;SecretName=smtp-password)"),
            ("Smtp:Host", "smtp.example.test"))));

        Assert.Contains("Meta__AppSecret, Smtp__Password", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Smtp__Host", error.Message, StringComparison.Ordinal);
    }
}
