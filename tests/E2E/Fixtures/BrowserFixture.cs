using Microsoft.Playwright;

namespace OpenCharge.Checkout.E2E.Fixtures;

/// <summary>
/// One Playwright driver and one headless Chromium for a test collection. Each test opens its own
/// <see cref="IBrowserContext"/>, so cookies and storage never leak between tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ExecutableVariable = "CHECKOUT_CHROMIUM";
    private const string DefaultExecutable = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser starts in InitializeAsync.");

    public async Task InitializeAsync()
    {
        // Playwright never downloads a browser here: it drives the distribution's Chromium.
        var executable = Environment.GetEnvironmentVariable(ExecutableVariable) is { Length: > 0 } path ? path : DefaultExecutable;
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"No Chromium at {executable}. Install it (apt-get install chromium) or set {ExecutableVariable}.");
        }

        // The first visit to an interactive page starts a circuit; on a small CI machine that can take longer
        // than Playwright's 5 s default. Assertions still finish as soon as they pass.
        Assertions.SetDefaultExpectTimeout(15_000);

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args =
            [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        });
    }

    /// <summary>A fresh browser profile whose relative URLs (<c>page.GotoAsync("/wallet")</c>) resolve against <paramref name="baseUrl"/>.</summary>
    public Task<IBrowserContext> NewContextAsync(string baseUrl) =>
        Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl });

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
