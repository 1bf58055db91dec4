using Microsoft.Playwright;
using Xunit.Sdk;

namespace Efus.Cms.Admin.BrowserTests;

/// <summary>
/// Waits for the navigation a click starts, and a timed-out wait that explains itself: the page's URL, title,
/// visible errors and text, a screenshot, and what the server logged meanwhile.
/// </summary>
public static class PageWaits
{
    /// <summary>Playwright's own default wait.</summary>
    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(30);

    private const string VisibleErrors = ".field-error, [role=alert], #error-summary, #conflict, .validation-summary-errors";

    /// <summary>
    /// Clicks <paramref name="button"/> and waits for the navigation that this click starts to land on
    /// <paramref name="urlGlob"/>: waiting is set up before the click, so a page already at a matching URL
    /// (a form that posts back to itself) is not mistaken for the arrival.
    /// </summary>
    public static async Task ClickAndWaitForUrlAsync(IPage page, ILocator button, string urlGlob, BrowserSite site, TimeSpan? timeout = null)
    {
        var wait = timeout ?? _timeout;
        var navigated = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnNavigated(object? sender, IFrame frame)
        {
            if (frame == page.MainFrame)
            {
                navigated.TrySetResult();
            }
        }

        page.FrameNavigated += OnNavigated;
        try
        {
            await button.ClickAsync();
            await navigated.Task.WaitAsync(wait);
            await page.WaitForURLAsync(urlGlob, new() { Timeout = (float)wait.TotalMilliseconds });
        }
        catch (TimeoutException expired)
        {
            throw new XunitException(await ExplainAsync(page, site, $"the click did not lead to {urlGlob}", expired));
        }
        finally
        {
            page.FrameNavigated -= OnNavigated;
        }
    }

    /// <summary>Waits for the page to be at <paramref name="urlGlob"/>, explaining a timeout.</summary>
    public static async Task WaitForUrlAsync(IPage page, string urlGlob, BrowserSite site)
    {
        try
        {
            await page.WaitForURLAsync(urlGlob);
        }
        catch (TimeoutException timeout)
        {
            throw new XunitException(await ExplainAsync(page, site, $"the page never reached {urlGlob}", timeout));
        }
    }

    public static async Task<string> ExplainAsync(IPage page, BrowserSite site, string what, Exception cause)
    {
        var lines = new List<string> { $"{what}: {FirstLine(cause.Message)}", $"page URL: {page.Url}" };
        await TryAsync(lines, "title", async () => await page.TitleAsync());
        await TryAsync(lines, "visible errors", async () =>
            string.Join(" | ", (await page.Locator(VisibleErrors).AllInnerTextsAsync()).Select(t => t.Trim()).Where(t => t.Length > 0)));
        await TryAsync(lines, "page text", async () =>
        {
            var text = await page.Locator("body").InnerTextAsync(new() { Timeout = 2_000 });
            return text.Length > 1_500 ? text[..1_500] + "…" : text;
        });
        await TryAsync(lines, "screenshot", async () =>
        {
            var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "failures")).FullName;
            var file = Path.Combine(folder, $"{DateTime.UtcNow:HHmmss-fff}.png");
            await page.ScreenshotAsync(new() { Path = file, FullPage = true, Timeout = 5_000 });
            return file;
        });
        lines.Add("server log (latest):");
        lines.Add(site.Log.Tail(40));
        return string.Join('\n', lines);
    }

    private static async Task TryAsync(List<string> lines, string label, Func<Task<string>> read)
    {
        try
        {
            lines.Add($"{label}: {await read()}");
        }
        catch (PlaywrightException problem)
        {
            lines.Add($"{label}: unavailable ({FirstLine(problem.Message)})");
        }
        catch (TimeoutException problem)
        {
            lines.Add($"{label}: unavailable ({FirstLine(problem.Message)})");
        }
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0];
}
