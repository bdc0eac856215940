using Microsoft.Playwright;

using OpenCharge.Checkout.E2E.Pages;

namespace OpenCharge.Checkout.E2E.Localization;

/// <summary>A screenshot kept as evidence of a check, in <c>CHECKOUT_SCREENSHOTS</c> if set, else beside the test binaries.</summary>
public static class ScreenshotArtifact
{
    public static async Task<string> SaveAsync(IPage page, string name)
    {
        var directory = Environment.GetEnvironmentVariable(CheckoutPage.ScreenshotDirectoryVariable) is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }
}
