using Microsoft.Playwright;

using OpenCharge.Checkout.E2E.Security;

namespace OpenCharge.Checkout.E2E.Pages;

/// <summary>
/// /account/login, as a person uses it: by its labels and buttons. When the password step asks for a second factor,
/// the helper answers with the account's authenticator code; when it asks an admin to enrol, it enrols (remembering
/// the key) and continues, so every test signs in through this one place.
/// </summary>
public sealed class SignInPage(IPage page)
{
    public const string Path = "/account/login";
    public const string SecondFactorPath = "/account/login/two-factor";
    public const string TwoFactorPath = "/account/two-factor";

    /// <summary>The form's error region; empty until a sign-in fails.</summary>
    public ILocator Error => page.GetByRole(AriaRole.Alert);

    public async Task OpenAsync(string? returnUrl = null)
    {
        await page.GotoAsync(returnUrl is null ? Path : $"{Path}?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
    }

    /// <summary>Fills in and submits the form on the current page (opened directly, or after a redirect), then any second step.</summary>
    public async Task SignInAsync(string email, string password)
    {
        var answer = await SubmitAsync(email, password);

        var location = await answer.HeaderValueAsync("location");
        var next = location is null ? "" : new Uri(new Uri(page.Url), location).AbsolutePath;
        if (next.StartsWith(SecondFactorPath, StringComparison.Ordinal))
        {
            await EnterSecondFactorAsync(Authenticators.CodeFor(email));
        }
        else if (next.StartsWith(TwoFactorPath, StringComparison.Ordinal))
        {
            var recoveryCodes = await EnrolAsync(email);
            await ContinueAfterRecoveryCodesAsync(recoveryCodes);
        }
        foreach (var cookie in await page.Context.CookiesAsync())
        {
            LoggedSecrets.Remember(cookie.Value);
        }
    }

    /// <summary>
    /// Fills in and submits the form until the POST goes out, then waits for its answer. The page may still be settling
    /// after the navigation that brought it: a late patch of the form clears what was typed, and the browser then refuses
    /// to submit the empty required fields (a CI run once waited 30 s for a POST that was never sent).
    /// </summary>
    private async Task<IResponse> SubmitAsync(string email, string password)
    {
        for (var attempt = 1; ; attempt++)
        {
            await page.GetByLabel("Email").FillAsync(email);
            await page.GetByLabel("Password").FillAsync(password);
            IRequest request;
            try
            {
                request = await page.RunAndWaitForRequestAsync(
                    () => page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(),
                    sent => sent.Method == "POST" && new Uri(sent.Url).AbsolutePath == Path,
                    new() { Timeout = 10_000 });
            }
            catch (TimeoutException) when (attempt < 3)
            {
                // No POST within 10 s: the form was not submitted; fill it in again.
                continue;
            }
            return await request.ResponseAsync().WaitAsync(TimeSpan.FromSeconds(30))
                ?? throw new InvalidOperationException("The sign-in POST got no response.");
        }
    }

    /// <summary>Signs in up to the second step and stops there, for tests of that step itself.</summary>
    public async Task SubmitPasswordAsync(string email, string password)
    {
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    public async Task EnterSecondFactorAsync(string code)
    {
        await page.GetByLabel("Authentication code").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
    }

    /// <summary>On the two-factor page: reads the key, confirms a code from it, and returns the recovery codes shown once.</summary>
    public async Task<IReadOnlyList<string>> EnrolAsync(string email)
    {
        var key = await page.GetByTestId("authenticator-key").GetAttributeAsync("data-key")
            ?? throw new InvalidOperationException("The two-factor page shows no key.");
        Authenticators.Remember(email, key);
        await page.GetByLabel("Verification code").FillAsync(Authenticators.Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();
        await page.GetByTestId("recovery-codes").WaitForAsync();
        var codes = await page.GetByTestId("recovery-codes").Locator("li").AllTextContentsAsync();
        foreach (var code in codes)
        {
            LoggedSecrets.Remember(code.Trim());
        }
        return [.. codes.Select(static code => code.Trim())];
    }

    private async Task ContinueAfterRecoveryCodesAsync(IReadOnlyList<string> recoveryCodes)
    {
        if (recoveryCodes.Count == 0)
        {
            throw new InvalidOperationException("Enrolment showed no recovery codes.");
        }
        await page.GetByRole(AriaRole.Link, new() { Name = "Continue" }).ClickAsync();
    }

    public async Task GoToRegisterAsync()
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Create a shopper account" }).ClickAsync();
    }
}
