using Microsoft.Playwright;

namespace OpenCharge.Checkout.E2E.Pages;

/// <summary>/account/register: self-service sign-up for shoppers.</summary>
public sealed class RegisterPage(IPage page)
{
    public const string Path = "/account/register";

    public async Task RegisterAsync(string displayName, string email, string password)
    {
        await page.GetByLabel("Display name").FillAsync(displayName);
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("Confirm password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
    }
}
