using Microsoft.Playwright;

namespace OpenCharge.Checkout.E2E.Pages;

/// <summary>/account/login, as a person uses it: by its labels and buttons.</summary>
public sealed class SignInPage(IPage page)
{
    public const string Path = "/account/login";

    /// <summary>The form's error region; empty until a sign-in fails.</summary>
    public ILocator Error => page.GetByRole(AriaRole.Alert);

    public async Task OpenAsync(string? returnUrl = null)
    {
        await page.GotoAsync(returnUrl is null ? Path : $"{Path}?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
    }

    /// <summary>Fills in and submits the form on the current page (opened directly, or after a redirect).</summary>
    public async Task SignInAsync(string email, string password)
    {
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    public async Task GoToRegisterAsync()
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Create a shopper account" }).ClickAsync();
    }
}
