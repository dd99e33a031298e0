using System.Text.Json;
using LeadsNotLikes.Digest;
using LeadsNotLikes.IntegrationTests.Support;
using Microsoft.Playwright;

namespace LeadsNotLikes.IntegrationTests.Digest;

/// <summary>
/// Renders the digest email in headless Chromium and fails on broken layout: anything wider than 600 px, a lead
/// not visible, horizontal scrolling on a phone. Saves screenshots; with <c>LNL_UPDATE_SCREENSHOTS=1</c> into
/// <c>docs/</c> (the examples kept in the repository).
/// </summary>
public sealed class DigestRenderingTests : IAsyncLifetime
{
    private const string MeasureLayout = """
        () => {
          const digest = document.querySelector('[data-digest]').getBoundingClientRect();
          const tooWide = [...document.querySelectorAll('[data-digest] *')]
            .map(e => ({ tag: e.tagName, right: e.getBoundingClientRect().right, width: e.getBoundingClientRect().width, text: (e.textContent || '').slice(0, 40) }))
            .filter(r => r.width > 0 && r.right > digest.left + 600.5);
          const leads = [...document.querySelectorAll('[data-lead]')].map(e => {
            const r = e.getBoundingClientRect();
            return { id: e.getAttribute('data-lead'), visible: r.width > 100 && r.height > 20 && r.left >= digest.left - 0.5 && r.right <= digest.right + 0.5 };
          });
          return JSON.stringify({ width: digest.width, scrollWidth: document.documentElement.scrollWidth, viewport: window.innerWidth, tooWide, leads });
        }
        """;

    private IPlaywright _playwright = default!;
    private IBrowserContext _browser = default!;
    private string _profile = "";
    private string _html = "";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var chromium = await Chromium.EnsureInstalledAsync(Cancel);
        _playwright = await Playwright.CreateAsync();
        _profile = Directory.CreateTempSubdirectory("lnl-chromium-").FullName;
        _browser = await _playwright.Chromium.LaunchPersistentContextAsync(_profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = Chromium.Args,
            Offline = true,
        });
        _html = Path.Combine(_profile, "digest.html");
        await File.WriteAllTextAsync(_html, DigestComposer.Compose(SampleDigest.Report()).Html, Cancel);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        Directory.Delete(_profile, recursive: true);
    }

    private async Task<Layout> RenderAsync(int width, ColorScheme scheme, string screenshot)
    {
        var page = await _browser.NewPageAsync();
        await page.SetViewportSizeAsync(width, 900);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
        await page.GotoAsync(new Uri(_html).AbsoluteUri);
        var layout = JsonSerializer.Deserialize<Layout>(await page.EvaluateAsync<string>(MeasureLayout), JsonSerializerOptions.Web)!;
        var path = Environment.GetEnvironmentVariable("LNL_UPDATE_SCREENSHOTS") == "1"
            ? Path.Combine(ServicesFixture.RepoRoot, "docs", screenshot)
            : Path.Combine(AppContext.BaseDirectory, "screenshots", screenshot);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        await page.CloseAsync();
        return layout;
    }

    [Fact]
    public async Task Email_AtDesktopWidth_IsAtMost600PxWide_AndShowsEveryLead()
    {
        var layout = await RenderAsync(800, ColorScheme.Light, "digest-email.png");

        Assert.InRange(layout.Width, 400, 600);
        Assert.Empty(layout.TooWide);
        Assert.Equal(["l2", "l1", "l4", "l3", "u1", "u2"], layout.Leads.Select(l => l.Id));
        Assert.All(layout.Leads, l => Assert.True(l.Visible, $"lead {l.Id} is not fully visible"));
        Assert.True(layout.ScrollWidth <= layout.Viewport, $"page scrolls sideways: {layout.ScrollWidth} > {layout.Viewport}");
    }

    [Fact]
    public async Task Email_OnAPhone_DoesNotScrollSideways()
    {
        var layout = await RenderAsync(375, ColorScheme.Light, "digest-email-phone.png");

        Assert.True(layout.ScrollWidth <= 375, $"page scrolls sideways: {layout.ScrollWidth} > 375");
        Assert.All(layout.Leads, l => Assert.True(l.Visible, $"lead {l.Id} is not fully visible"));
    }

    [Fact]
    public async Task Email_InDarkMode_KeepsItsOwnColours()
    {
        var layout = await RenderAsync(800, ColorScheme.Dark, "digest-email-dark.png");

        Assert.Empty(layout.TooWide);
        Assert.Equal(6, layout.Leads.Count);
    }

    private sealed record Layout(double Width, double ScrollWidth, double Viewport, List<JsonElement> TooWide, List<LeadBox> Leads);

    private sealed record LeadBox(string Id, bool Visible);
}
