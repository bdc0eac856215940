using Microsoft.Playwright;

namespace OpenCharge.Checkout.E2E.Pages;

/// <summary>A picture of a QR on screen, as a shopper's or a cashier's phone would take it.</summary>
public static class QrPicture
{
    /// <summary>
    /// Waits until the browser has decoded the image before the screenshot: an element screenshot waits for the element to
    /// be visible and stable, not for its picture, and on a busy CI machine it once captured the QR before it was painted.
    /// </summary>
    public static async Task<byte[]> TakeAsync(ILocator image)
    {
        await image.EvaluateAsync("element => typeof element.decode === 'function' ? element.decode() : null");
        return await image.ScreenshotAsync();
    }
}
