using System.Net;
using System.Text.RegularExpressions;

using OpenCharge.Checkout.E2E.Security;

namespace OpenCharge.Checkout.E2E.Fixtures;

/// <summary>
/// The sign-in and register forms, posted over HTTP with a <see cref="FormClient"/>. A sign-in that asks for a second
/// factor is answered with the account's authenticator code, as <c>Pages/SignInPage</c> does in a browser.
/// </summary>
public static partial class AccountForms
{
    public const string Password = "Fresh#e2e2026";
    private const string SecondFactorPath = "/account/login/two-factor";

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

    /// <summary>The password step and, when it asks, the second step: the answer of the last form posted.</summary>
    public static async Task<FormResponse> SignInAsync(this FormClient client, string email, string password)
    {
        var answer = await client.SubmitPasswordAsync(email, password);
        var next = PathOf(answer.Location);
        if (answer.Status == HttpStatusCode.Redirect && next.StartsWith(SecondFactorPath, StringComparison.Ordinal))
        {
            answer = await client.SubmitSecondFactorAsync(next, Authenticators.CodeFor(email));
        }
        RememberCookies(client);
        return answer;
    }

    /// <summary>Only the password step, for tests of what comes after it.</summary>
    public static Task<FormResponse> SubmitPasswordAsync(this FormClient client, string email, string password) =>
        client.SubmitAsync("/account/login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    /// <summary>Posts <paramref name="code"/> (authenticator or recovery) to the second step at <paramref name="path"/>.</summary>
    public static Task<FormResponse> SubmitSecondFactorAsync(this FormClient client, string path, string code) =>
        client.SubmitAsync(path, "second-factor", new Dictionary<string, string> { ["Input.Code"] = code });

    /// <summary>A redirect's target as a path and query, whether the app wrote it absolute or relative.</summary>
    public static string PathOf(Uri? location) =>
        location is null ? "" : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;

    private static void RememberCookies(FormClient client)
    {
        foreach (var cookie in client.SetCookies)
        {
            LoggedSecrets.Remember(CookieValue().Match(cookie).Groups[1].Value);
        }
    }

    [GeneratedRegex("^[^=]+=([^;]*)")]
    private static partial Regex CookieValue();
}
