using System.Text.RegularExpressions;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Sessions;

namespace OpenCharge.Checkout.Domain.Merchants;

/// <summary>
/// What a merchant's settings must satisfy. The portal's form checks field by field with the same predicates; the use
/// case checks the whole again, so nothing unchecked is ever stored or shown to a shopper.
/// </summary>
public static partial class MerchantSettingsRules
{
    public const int MaxDisplayNameLength = 100;
    public const int MaxRedirectHosts = 20;

    public static bool IsAccentColour(string? text) => text is not null && AccentPattern().IsMatch(text);

    public static bool IsHost(string text) => Uri.CheckHostName(text) is UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6;

    /// <summary>A logo is fetched by the shopper's browser from our page, so only https (CSP <c>img-src https:</c>).</summary>
    public static bool IsLogoUrl(Uri? url) => url is { IsAbsoluteUri: true, Scheme: "https" } && url.OriginalString.Length <= RedirectUrls.MaxUrlLength;

    /// <summary>https, or plain http on a sandbox deployment (the Demo Store runs on http://localhost).</summary>
    public static bool IsRedirectUrl(Uri? url, MerchantSettingsLimits limits) =>
        url is { IsAbsoluteUri: true } && url.OriginalString.Length <= RedirectUrls.MaxUrlLength
        && (url.Scheme == Uri.UriSchemeHttps || (limits.SandboxDeployment && url.Scheme == Uri.UriSchemeHttp));

    public static bool IsSessionTtl(TimeSpan? ttl, MerchantSettingsLimits limits) =>
        ttl is null || (ttl >= MerchantSettingsLimits.MinSessionTtl && ttl <= limits.MaxSessionTtl);

    public static DomainError? Validate(Ocid ocid, MerchantSettingsChange change, MerchantSettingsLimits limits)
    {
        if (change.DisplayName is { } name && (string.IsNullOrWhiteSpace(name) || name.Length > MaxDisplayNameLength))
        {
            return MerchantSettingsErrors.Invalid(ocid, $"the display name must have 1 to {MaxDisplayNameLength} characters.");
        }
        if (change.LogoUrl is not null && !IsLogoUrl(change.LogoUrl))
        {
            return MerchantSettingsErrors.Invalid(ocid, "the logo URL must be an absolute https URL.");
        }
        if (change.AccentColour is not null && !IsAccentColour(change.AccentColour))
        {
            return MerchantSettingsErrors.Invalid(ocid, "the accent colour must be written #rrggbb.");
        }
        if ((change.SuccessUrl is null) != (change.CancelUrl is null))
        {
            return MerchantSettingsErrors.Invalid(ocid, "set both the success and the cancel URL, or neither.");
        }
        if (change.SuccessUrl is not null && (!IsRedirectUrl(change.SuccessUrl, limits) || !IsRedirectUrl(change.CancelUrl, limits)))
        {
            return MerchantSettingsErrors.Invalid(ocid, limits.SandboxDeployment
                ? "the success and cancel URLs must be absolute http or https URLs."
                : "the success and cancel URLs must be absolute https URLs.");
        }
        if (change.AlwaysUseMyUrls && change.SuccessUrl is null)
        {
            return MerchantSettingsErrors.Invalid(ocid, "always sending shoppers to your URLs needs a success and a cancel URL.");
        }
        if (change.RedirectHosts.Count > MaxRedirectHosts || change.RedirectHosts.FirstOrDefault(h => !IsHost(h)) is not null)
        {
            return MerchantSettingsErrors.Invalid(ocid, $"the redirect hosts must be up to {MaxRedirectHosts} host names.");
        }
        if (!IsSessionTtl(change.SessionTtl, limits))
        {
            return MerchantSettingsErrors.Invalid(ocid,
                $"the session time must be between {MerchantSettingsLimits.MinSessionTtl.TotalMinutes:0} and {limits.MaxSessionTtl.TotalMinutes:0} minutes.");
        }
        if (change.SandboxMode && !limits.SandboxDeployment)
        {
            return MerchantSettingsErrors.Invalid(ocid, "sandbox mode is only available when this gateway runs in sandbox mode.");
        }
        return null;
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex AccentPattern();
}
