using Microsoft.Playwright;

namespace Parley.Web.Tests;

/// <summary>Where the browser tests find Chromium: $PARLEY_CHROMIUM, else Debian's /usr/bin/chromium.</summary>
public static class Chromium
{
    public static string Path => Environment.GetEnvironmentVariable("PARLEY_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    /// <summary>On CI a missing browser is a failure, not a skip: .ci/run installs it.</summary>
    public static bool Required => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}

/// <summary>A fact that needs Chromium; skipped, saying why, when it is missing locally (never on CI).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!File.Exists(Chromium.Path) && !Chromium.Required)
        {
            Skip = $"Chromium not found at {Chromium.Path}; run scripts/install-chromium.sh (or set PARLEY_CHROMIUM) to run the browser tests";
        }
    }
}

/// <summary>One workbench on a loopback port and one headless Chromium for all browser tests.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public SampleStore Store { get; } = new();

    public WorkbenchHost Host { get; private set; } = null!;

    public IPlaywright? Playwright { get; private set; }

    public IBrowser? Browser { get; private set; }

    public string Screenshots { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        Host = await WorkbenchHost.StartOnLoopbackAsync(Store);
        if (!File.Exists(Chromium.Path))
        {
            return; // the tests are skipped (or, on CI, fail saying the browser is missing)
        }

        Directory.CreateDirectory(Screenshots);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Path, // Debian's build; Playwright never downloads one
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        Playwright?.Dispose();
        await Host.DisposeAsync();
        Store.Dispose();
    }
}

public sealed class BrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    /// <summary>A fresh page that records console errors, uncaught exceptions, failed requests and any dialog.</summary>
    private async Task<(IPage Page, List<string> Problems, List<string> Dialogs)> OpenAsync()
    {
        Assert.True(fixture.Browser is not null, $"Chromium is required on CI but missing at {Chromium.Path}; .ci/run should have run scripts/install-chromium.sh");
        var page = await fixture.Browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var problems = new List<string>();
        var dialogs = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning" && !message.Text.Contains("favicon", StringComparison.Ordinal))
            {
                problems.Add($"console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add("page error: " + error);
        page.RequestFailed += (_, request) => problems.Add("request failed: " + request.Url);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                problems.Add($"HTTP {response.Status}: {response.Url}");
            }
        };
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        return (page, problems, dialogs);
    }

    private string Url(string path) => fixture.Host.BaseAddress + path;

    [ChromiumFact]
    public async Task Main_pages_load_without_console_errors_and_are_screenshotted()
    {
        var pages = new Dictionary<string, string>
        {
            ["timeline"] = "/",
            ["event"] = "/events/ev-clash",
            ["contradictions"] = "/contradictions",
            ["document"] = "/documents/doc-west",
            ["documents"] = "/documents",
            ["search"] = "/search?q=soldiers",
            ["actors"] = "/actors",
            ["actor"] = "/actors/eastland",
            ["topics"] = "/topics",
            ["topic"] = "/topics/border-demarcation",
            ["sources"] = "/sources",
            ["map"] = "/map",
            ["network"] = "/network",
        };
        foreach (var (name, path) in pages)
        {
            var (page, problems, dialogs) = await OpenAsync();
            var response = await page.GotoAsync(Url(path), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            Assert.Equal(200, response!.Status);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = System.IO.Path.Combine(fixture.Screenshots, name + ".png"), FullPage = true });
            Assert.True(problems.Count == 0, $"{path}: {string.Join("; ", problems)}");
            Assert.Empty(dialogs);
            await page.CloseAsync();
        }
    }

    [ChromiumFact]
    public async Task The_timeline_draws_its_axis_from_the_api()
    {
        var (page, problems, _) = await OpenAsync();
        await page.GotoAsync(Url("/"), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await page.Locator("#timeline .vis-item").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        Assert.Equal(3, await page.Locator("#timeline .vis-item.vis-point, #timeline .vis-item.vis-range, #timeline .vis-item.vis-box").CountAsync());
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task The_map_puts_a_marker_on_each_place_with_events_and_the_network_draws()
    {
        var (page, problems, _) = await OpenAsync();
        await page.GotoAsync(Url("/map"), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await page.Locator("#map path.place-marker").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        Assert.Equal(2, await page.Locator("#map path.place-marker").CountAsync()); // Hilltop and Midtown
        Assert.True(await page.Locator("#map path").CountAsync() > 2, "the country outlines are drawn too");

        await page.GotoAsync(Url("/map?type=meeting"), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await page.Locator("#map path.place-marker").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        Assert.Equal(1, await page.Locator("#map path.place-marker").CountAsync());

        await page.GotoAsync(Url("/network"), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await page.Locator("#network canvas").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('head style').length"));
        Assert.Empty(problems);
    }

    // The wait starts before the click, so a quick navigation cannot finish unseen, and it ends when the document is
    // parsed: the rows are rendered on the server, and a slow script or stylesheet must not hold the test.
    private static Task WaitForPageAsync(IPage page, string url) =>
        page.WaitForURLAsync(url, new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 60_000 });

    private static Task SubmitAndWaitAsync(IPage page, string button, string url) =>
        Task.WhenAll(WaitForPageAsync(page, url), page.ClickAsync(button));

    [ChromiumFact]
    public async Task Filters_change_the_results()
    {
        var (page, problems, _) = await OpenAsync();
        await page.GotoAsync(Url("/"));
        Assert.Equal(3, await page.Locator("table.events tbody tr").CountAsync());

        await page.SelectOptionAsync("select[name=type]", "armed_clash");
        await SubmitAndWaitAsync(page, "form.filters button[type=submit]", "**/?type=armed_clash**");
        Assert.Equal(1, await page.Locator("table.events tbody tr").CountAsync());
        Assert.Contains("armed_clash", await page.Locator("table.events tbody tr").First.InnerTextAsync());

        await page.SelectOptionAsync("select[name=type]", "");
        await page.SelectOptionAsync("select[name=actor]", "lakeside-group");
        await SubmitAndWaitAsync(page, "form.filters button[type=submit]", "**actor=lakeside-group**");
        var rows = page.Locator("table.events tbody tr");
        Assert.Equal(1, await rows.CountAsync());
        Assert.Contains("meeting", await rows.First.InnerTextAsync());
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task An_event_page_shows_two_contradicting_accounts_side_by_side()
    {
        var (page, problems, _) = await OpenAsync();
        await page.GotoAsync(Url("/events/ev-clash"));
        var sides = page.Locator(".contradiction .side-by-side .account");
        Assert.Equal(2, await sides.CountAsync());
        var first = await sides.Nth(0).BoundingBoxAsync();
        var second = await sides.Nth(1).BoundingBoxAsync();
        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.True(Math.Abs(first.Y - second.Y) < 1 && second.X >= first.X + first.Width, $"not side by side: {first.X},{first.Y} and {second.X},{second.Y}");
        var texts = string.Join("|", await sides.AllInnerTextsAsync());
        Assert.Contains("4 killed", texts);
        Assert.Contains("9 killed", texts);
        Assert.Contains("Eastgrad Daily", texts);
        Assert.Contains("Westwire", texts);

        // Each account links into its document, where the quote is highlighted at the anchor.
        await Task.WhenAll(WaitForPageAsync(page, "**/documents/doc-west#at-*"), sides.Nth(1).Locator("a").ClickAsync());
        var anchor = new Uri(page.Url).Fragment.TrimStart('#');
        Assert.Contains("nine soldiers were killed", await page.Locator("#" + anchor).InnerTextAsync());
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task A_hostile_article_runs_nothing_and_shows_its_text_as_text()
    {
        foreach (var path in new[] { "/documents/doc-xss", "/events/ev-xss", "/search?q=alert", "/documents", "/?actor=eastland", "/actors/eastland", "/sources", "/map", "/network" })
        {
            var (page, problems, dialogs) = await OpenAsync();
            await page.GotoAsync(Url(path), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            // Hover over the article's runs, where an injected handler would sit.
            foreach (var element in (await page.Locator("article span, blockquote, .sentence, td").AllAsync()).Take(60))
            {
                await element.HoverAsync(new LocatorHoverOptions { Force = true, Timeout = 500 }).ContinueWith(_ => { }, TaskScheduler.Default);
            }

            Assert.Empty(dialogs);
            Assert.Null(await page.EvaluateAsync<int?>("() => window.__xss ?? null"));
            Assert.Equal(0, await page.EvaluateAsync<int>("() => [...document.querySelectorAll('script:not([src]), iframe, svg, img, object, embed, main style')].filter(e => !e.closest('#map, #network')).length"));
            Assert.Equal(0, await page.EvaluateAsync<int>("() => [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length"));
            Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('a[href^=\"javascript:\" i]').length"));
            Assert.True(problems.Count == 0, $"{path}: {string.Join("; ", problems)}");
            if (path == "/documents/doc-xss")
            {
                var text = await page.Locator("article.document-text").InnerTextAsync();
                Assert.Contains("<script>window.__xss = 1; alert('script tag')</script>", text);
                Assert.Contains("<svg onload=", text);
                Assert.Contains("<script>alert('title')</script>", await page.Locator("h1").InnerTextAsync());
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = System.IO.Path.Combine(fixture.Screenshots, "hostile-document.png"), FullPage = true });
            }

            await page.CloseAsync();
        }
    }
}
