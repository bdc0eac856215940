namespace OpenCharge.Checkout.Web.Accounts;

/// <summary>The <c>otpauth://</c> URI an authenticator app reads from a QR code (Google Authenticator's key URI format).</summary>
internal static class AuthenticatorUri
{
    private const string Issuer = "OpenCharge Checkout";

    public static string For(string key, string? email)
    {
        var label = Uri.EscapeDataString($"{Issuer}:{email}");
        return $"otpauth://totp/{label}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
    }
}
