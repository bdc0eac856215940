namespace OpenCharge.Checkout.Web.Accounts;

internal static class AccountPaths
{
    public const string Login = "/account/login";
    public const string Register = "/account/register";
    public const string Logout = "/account/logout";
    public const string Denied = "/account/denied";

    /// <summary>The sign-in's second step: an authenticator code or a recovery code.</summary>
    public const string SecondFactor = "/account/login/two-factor";

    /// <summary>Enrol, regenerate recovery codes or turn the second factor off.</summary>
    public const string TwoFactor = "/account/two-factor";

    /// <summary><paramref name="path"/> carrying the return URL along, or bare when there is no safe one to carry.</summary>
    public static string WithReturnUrl(string path, string? returnUrl) =>
        SignInRedirect.IsLocal(returnUrl) ? $"{path}?ReturnUrl={Uri.EscapeDataString(returnUrl)}" : path;
}
