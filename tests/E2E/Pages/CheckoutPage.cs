using System.Text.RegularExpressions;

using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Pages;

/// <summary>/pay/{session_id}, the hosted checkout, as a shopper uses it: by its headings, labels and buttons.</summary>
public sealed partial class CheckoutPage(IPage page)
{
    public const string ScreenshotDirectoryVariable = "CHECKOUT_SCREENSHOTS";

    public ILocator PayButton => page.GetByRole(AriaRole.Button, new() { NameRegex = PayName() });

    public ILocator PaidHeading => page.GetByRole(AriaRole.Heading, new() { Name = "Payment complete", Level = 1 });

    public ILocator ExpiredHeading => page.GetByRole(AriaRole.Heading, new() { Name = "Checkout expired", Level = 1 });

    public ILocator CancelledHeading => page.GetByRole(AriaRole.Heading, new() { Name = "Checkout cancelled", Level = 1 });

    public ILocator NotFoundHeading => page.GetByRole(AriaRole.Heading, new() { Name = "Checkout not found", Level = 1 });

    public ILocator OpenHeading => page.GetByRole(AriaRole.Heading, new() { Name = "Checkout", Exact = true, Level = 1 });

    public ILocator ProcessingHeading => page.GetByRole(AriaRole.Heading, new() { Name = "Processing", Exact = true, Level = 1 });

    /// <summary>The processing screen's line naming the service the payment settles through.</summary>
    public ILocator SettlementProgress => page.Locator("[data-testid=settlement-progress]");

    /// <summary>The notice an open checkout shows after its last remote settlement was reversed.</summary>
    public ILocator SettlementFailedNotice => page.Locator("[data-testid=settlement-failed]");

    /// <summary>The wallet as a payment method; its name carries the available balance.</summary>
    public ILocator WalletMethod => page.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex("^Wallet") });

    public ILocator Receipt => page.GetByRole(AriaRole.Region, new() { Name = "Receipt" });

    public ILocator Items => page.GetByRole(AriaRole.Table, new() { Name = "Items" });

    /// <summary>The polite live region that announces status changes (visually hidden).</summary>
    public ILocator Announcement => page.GetByRole(AriaRole.Status);

    public ILocator MethodReason => page.Locator("[data-testid=method-reason]");

    public ILocator AddTestFundsButton => page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Add test funds") });

    public async Task OpenAsync(string checkoutUrl)
    {
        await page.GotoAsync(checkoutUrl);
        // Interactive once the circuit is up: the countdown (updated by the server) or a final screen shows it.
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
    }

    /// <summary>
    /// Waits until the circuit has taken over the prerendered page: the countdown ticks only then. The page looks the
    /// same before (the circuit starts from what the prerender showed), but only now do its buttons act.
    /// </summary>
    public async Task WaitUntilLiveAsync()
    {
        var prerendered = await page.GetByRole(AriaRole.Timer).TextContentAsync();
        await page.WaitForFunctionAsync(
            "prerendered => { const timer = document.querySelector('[role=timer]'); return timer && timer.textContent !== prerendered && document.querySelector('main h1'); }",
            prerendered);
    }

    public async Task SignInToPayAsync() => await OpenAccountPageAsync("Sign in to pay", SignInPage.Path);

    public async Task CreateAccountAsync() => await OpenAccountPageAsync("Create an account", RegisterPage.Path);

    /// <summary>
    /// Follows one of the links to the account pages and waits for that page's full load (the links leave Blazor's
    /// navigation out), so that the form is filled in only on the page that will submit it. A busy CI run twice lost
    /// the click's navigation while the checkout page was going live (the page stayed put for 30 s); a shopper clicks
    /// again, and so does this.
    /// </summary>
    private async Task OpenAccountPageAsync(string linkName, string path)
    {
        bool Arrived(string url) => new Uri(url).AbsolutePath == path;
        for (var attempt = 1; ; attempt++)
        {
            if (!Arrived(page.Url))
            {
                await page.GetByRole(AriaRole.Link, new() { Name = linkName }).ClickAsync();
            }
            try
            {
                await page.WaitForURLAsync(Arrived, new() { WaitUntil = WaitUntilState.Load, Timeout = 10_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
                // Still on the checkout page: click again.
            }
        }
    }

    public async Task ChooseMethodAsync(string name) =>
        await page.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex("^" + Regex.Escape(name)) }).CheckAsync();

    public async Task PayAsync()
    {
        await Expect(PayButton).ToBeEnabledAsync();
        await PayButton.ClickAsync();
    }

    /// <summary>
    /// Adds the order's total as play money and waits until the page says it did. It clicks only once the circuit is
    /// live: one busy CI run clicked the freshly enabled button and the balance never moved, with nothing in the app's
    /// log, so the click most likely went out while the circuit was still starting. A second click could add the money
    /// twice, so this waits rather than retries.
    /// </summary>
    public async Task AddTestFundsAsync()
    {
        await WaitUntilLiveAsync();
        await AddTestFundsButton.ClickAsync();
        await Expect(Announcement).ToContainTextAsync("Test funds added");
    }

    public async Task CancelAsync() =>
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel and return to the merchant" }).ClickAsync();

    /// <summary>Stops the receipt's automatic return to the merchant, to look at it in peace.</summary>
    public async Task StayOnReceiptAsync() =>
        await page.GetByRole(AriaRole.Button, new() { Name = "Stay on this page" }).ClickAsync();

    public async Task ReturnToMerchantAsync() =>
        await page.GetByRole(AriaRole.Link, new() { Name = "Return to merchant" }).ClickAsync();

    public async Task BackToMerchantAsync() =>
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the merchant" }).ClickAsync();

    /// <summary>Saves a full-page screenshot when <c>CHECKOUT_SCREENSHOTS</c> names a directory; otherwise nothing.</summary>
    public async Task CaptureAsync(string name)
    {
        if (Environment.GetEnvironmentVariable(ScreenshotDirectoryVariable) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
            await page.ScreenshotAsync(new() { Path = Path.Combine(directory, name + ".png"), FullPage = true });
        }
    }

    [GeneratedRegex(@"^Pay \d")]
    private static partial Regex PayName();
}
