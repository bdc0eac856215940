using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Merchants;
using OpenCharge.Checkout.Domain.Peers;

namespace OpenCharge.Checkout.Web.Checkout;

/// <summary>
/// Who the shopper is paying, as the merchant's metadata names it; <see cref="Icon"/> only when it is a web URL. A
/// merchant who claimed its OCID in the portal may set its own name, logo and accent colour over these.
/// </summary>
public sealed record MerchantBranding(string Name, Uri? Icon)
{
    /// <summary><c>#rrggbb</c>, checked when saved (<see cref="MerchantSettingsRules.IsAccentColour"/>) and again here before it reaches a style.</summary>
    public string? Accent { get; init; }

    public MerchantBranding WithOwn(MerchantSettings? settings) => settings is null ? this : new MerchantBranding(
        settings.DisplayName ?? Name,
        MerchantSettingsRules.IsLogoUrl(settings.LogoUrl) ? settings.LogoUrl : Icon)
    {
        Accent = MerchantSettingsRules.IsAccentColour(settings.AccentColour) ? settings.AccentColour : null,
    };

    public static MerchantBranding From(PeerMetadata metadata, string fallbackName) => new(
        string.IsNullOrWhiteSpace(metadata.Name) ? fallbackName : metadata.Name,
        Uri.TryCreate(metadata.Icon, UriKind.Absolute, out var icon) && (icon.Scheme == Uri.UriSchemeHttps || icon.Scheme == Uri.UriSchemeHttp) ? icon : null);

    public static MerchantBranding Unavailable(string fallbackName) => new(fallbackName, null);

    public static async Task<MerchantBranding> LookUpAsync(IPeerDirectory peers, Ocid merchant, string fallbackName, CancellationToken cancellationToken) =>
        await peers.FindAsync(merchant, refresh: false, cancellationToken) is PeerLookup.Found found
            ? From(found.Metadata, fallbackName)
            : Unavailable(fallbackName);
}
