namespace OpenCharge.Checkout.E2E.Fixtures;

/// <summary>The sign-in and register forms, posted over HTTP with a <see cref="FormClient"/>.</summary>
public static class AccountForms
{
    public const string Password = "Fresh#e2e2026";

    /// <summary>A fresh address, so a test's account is its own and no other test can lock it out.</summary>
    public static string NewEmail() => $"user-{Guid.NewGuid():N}@e2e.test";

    public static Task<FormResponse> RegisterAsync(this FormClient client, string email, string password = Password) =>
        client.SubmitAsync("/account/register", "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Fresh User",
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        });

    public static Task<FormResponse> SignInAsync(this FormClient client, string email, string password) =>
        client.SubmitAsync("/account/login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
}
