using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using LeadsNotLikes.LocalHost.Services;

namespace LeadsNotLikes.LocalHost;

/// <summary>
/// <c>local.settings.json</c> at the repository root, as Core Tools uses it: its <c>Values</c> are the app settings.
/// Created on first run with fresh random secrets for this machine; git-ignored.
/// </summary>
public static class LocalSettingsFile
{
    public static Dictionary<string, string> LoadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            var values = new JsonObject
            {
                ["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated",
                ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
                ["Meta__AppSecret"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
                ["Meta__VerifyToken"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
                ["Cosmos__Endpoint"] = "http://127.0.0.1:8081/",
                ["Cosmos__Key"] = LocalServices.CosmosKey,
                ["Cosmos__LocalEmulator"] = "true",
                ["Smtp__Host"] = "127.0.0.1",
                ["Smtp__Port"] = "1025",
                ["Smtp__EnableSsl"] = "false",
                ["Smtp__From"] = "digest@leadsnotlikes.localhost",
            };
            var file = new JsonObject { ["IsEncrypted"] = false, ["Values"] = values };
            File.WriteAllText(path, file.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("Values").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText());
    }
}
