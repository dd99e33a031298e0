using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.RegularExpressions;
using LeadsNotLikes.Hosting;
using LeadsNotLikes.LocalHost.Host;
using LeadsNotLikes.Storage.Cosmos;
using LeadsNotLikes.Storage.Queues;

namespace LeadsNotLikes.Tests.Infra;

/// <summary>
/// The Bicep templates and the code must agree: every app setting the templates set is read by the code (or by the
/// Functions host), every setting the code needs without a default is set by the templates, every setting is in the
/// README's configuration table, and the containers and queues the code uses are the ones the templates create.
/// </summary>
public sealed partial class AppSettingsContractTests
{
    private static readonly string RepoRoot = typeof(LocalFunctionsHost).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepoRoot").Value!;

    /// <summary>Read by the Functions host itself, not the handler.</summary>
    private static readonly string[] HostSettings = ["APPLICATIONINSIGHTS_CONNECTION_STRING", "APPLICATIONINSIGHTS_AUTHENTICATION_STRING"];

    /// <summary>Rejected or ignored on Flex Consumption (research notes; functions-app-settings "Flex Consumption plan deprecations").</summary>
    private static readonly string[] ForbiddenOnFlex =
    [
        "FUNCTIONS_WORKER_RUNTIME", "FUNCTIONS_EXTENSION_VERSION", "WEBSITE_RUN_FROM_PACKAGE", "WEBSITE_CONTENTSHARE",
        "WEBSITE_CONTENTAZUREFILECONNECTIONSTRING", "WEBSITE_TIME_ZONE", "TZ", "AzureWebJobsStorage",
    ];

    private static string Read(params string[] path) => File.ReadAllText(Path.Combine([RepoRoot, .. path]));

    /// <summary>Names in the function app's appSettings arrays.</summary>
    private static List<string> BicepSettings()
    {
        var bicep = Read("infra", "app", "functionapp.bicep");
        var settings = bicep[bicep.IndexOf("var baseSettings", StringComparison.Ordinal)..bicep.IndexOf("resource plan", StringComparison.Ordinal)];
        return SettingName().Matches(settings).Select(m => m.Groups[1].Value).ToList();
    }

    private static IEnumerable<(string Name, bool Required)> OptionsSettings() =>
        ApplicationServices.OptionsTypes.SelectMany(type =>
        {
            var section = (string)type.GetField("SectionName")!.GetValue(null)!;
            return type.GetProperties().Select(p => ($"{section}__{p.Name}", p.GetCustomAttribute<RequiredAttribute>() is not null));
        });

    private static HashSet<string> CodeSettings() =>
    [
        .. OptionsSettings().Select(s => s.Name),
        .. QueueStorage.IdentitySettings.Select(s => $"{QueueStorage.SettingName}__{s}"),
        QueueStorage.SettingName,
        ApplicationServices.ManagedIdentityClientIdSetting,
    ];

    [Fact]
    public void EveryBicepSetting_IsReadByTheCodeOrTheHost()
    {
        var unread = BicepSettings().Except(CodeSettings()).Except(HostSettings).ToList();

        Assert.Empty(unread);
    }

    [Fact]
    public void EveryRequiredSetting_IsSetByBicep()
    {
        var required = OptionsSettings().Where(s => s.Required).Select(s => s.Name)
            .Concat(["AzureWebJobsStorage__accountName", "AzureWebJobsStorage__credential", "AzureWebJobsStorage__clientId", ApplicationServices.ManagedIdentityClientIdSetting]);

        Assert.Empty(required.Except(BicepSettings()));
    }

    [Fact]
    public void EveryCodeSetting_IsDocumentedInTheReadme()
    {
        var readme = Read("README.md");

        var undocumented = CodeSettings().Where(s => !readme.Contains($"`{s}`", StringComparison.Ordinal) && !IdentitySettingDocumented(readme, s)).ToList();

        Assert.Empty(undocumented);
    }

    [Fact]
    public void Bicep_SetsNoSettingThatFlexRejects_AndNoSettingTwice()
    {
        var settings = BicepSettings();

        Assert.Empty(settings.Intersect(ForbiddenOnFlex));
        Assert.Equal(settings.Count, settings.Distinct().Count());
    }

    [Fact]
    public void OptionsTypes_AreEveryOptionsClassInTheApp()
    {
        var withSection = typeof(ApplicationServices).Assembly.GetTypes().Where(t => t.GetField("SectionName") is { IsLiteral: true });

        Assert.Equal(withSection.OrderBy(t => t.Name), ApplicationServices.OptionsTypes.OrderBy(t => t.Name));
    }

    [Fact]
    public void Bicep_CreatesTheQueuesAndContainersTheCodeUses()
    {
        var storage = Read("infra", "app", "storage.bicep");
        var cosmos = Read("infra", "app", "cosmos.bicep");

        Assert.All([QueueNames.Events, QueueNames.EventsPoison, QueueNames.Unrouted], q => Assert.Contains($"'{q}'", storage, StringComparison.Ordinal));
        Assert.Contains($"name: '{CosmosContainers.Directory}'", cosmos, StringComparison.Ordinal);
        Assert.Contains($"'{CosmosContainers.DirectoryPartitionKey}'", cosmos, StringComparison.Ordinal);
        Assert.Contains($"name: '{CosmosContainers.Engagement}'", cosmos, StringComparison.Ordinal);
        Assert.Contains($"'{CosmosContainers.EngagementPartitionKey}'", cosmos, StringComparison.Ordinal);
    }

    [Fact]
    public void EngagementIndex_CoversEveryFilterTheQueriesUse()
    {
        var cosmos = Read("infra", "app", "cosmos.bicep");
        var engagement = cosmos[cosmos.IndexOf("resource engagement", StringComparison.Ordinal)..];
        var queries = string.Concat(Read("src", "LeadsNotLikes.Functions", "Storage", "Cosmos", "LeadStore.cs"),
            Read("src", "LeadsNotLikes.Functions", "Storage", "Cosmos", "EngagementCounters.cs"));
        var filtered = FilterPath().Matches(queries).Select(m => m.Groups[1].Value).Where(p => p != "teamId").Distinct().ToList();

        Assert.NotEmpty(filtered);
        Assert.All(filtered, path => Assert.Contains($"path: '/{path}/?'", engagement, StringComparison.Ordinal));
    }

    /// <summary>The README lists the identity sub-settings on one row: `AzureWebJobsStorage__accountName` / `__queueServiceUri`, ...</summary>
    private static bool IdentitySettingDocumented(string readme, string setting) =>
        setting.StartsWith("AzureWebJobsStorage__", StringComparison.Ordinal) && readme.Contains($"`__{setting.Split("__")[1]}`", StringComparison.Ordinal);

    [Fact]
    public void Bicep_SetsEachPolledInstagramAccountsToken_AsAKeyVaultReference()
    {
        var bicep = Read("infra", "app", "functionapp.bicep");
        var main = Read("infra", "main.bicep");

        Assert.Contains("Instagram__AccessTokens", BicepSettings());
        Assert.Contains(
            "name: 'Instagram__AccessTokens__${id}'\n  value: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/instagram-token-${id}/)'",
            bicep.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("instagramLikeAccounts:", main, StringComparison.Ordinal);
        Assert.Contains("instagramTokenSettings", bicep[bicep.IndexOf("appSettings:", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    /// <summary>A setting's name, or for a per-key setting (<c>'Section__Map__${key}'</c>) the dictionary it binds to.</summary>
    [GeneratedRegex(@"name: '([A-Za-z0-9_]+?)(?:__\$\{[A-Za-z]+\})?'")]
    private static partial Regex SettingName();

    [GeneratedRegex(@"c\.([a-zA-Z]+) = @")]
    private static partial Regex FilterPath();
}
