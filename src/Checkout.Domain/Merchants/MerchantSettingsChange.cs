namespace OpenCharge.Checkout.Domain.Merchants;

/// <summary>Every setting a merchant edits at once, already parsed; <see cref="MerchantSettingsRules"/> says whether it is allowed.</summary>
/// <param name="DisplayName">Shown on our checkout page instead of the registry name; null for the registry's.</param>
/// <param name="LogoUrl">An https image shown on our checkout page.</param>
/// <param name="AccentColour"><c>#rrggbb</c>.</param>
/// <param name="SuccessUrl">Where a paid shopper goes when the order came without URLs, or always (<paramref name="AlwaysUseMyUrls"/>).</param>
/// <param name="CancelUrl">The same for a cancelled or expired checkout; set together with <paramref name="SuccessUrl"/>.</param>
/// <param name="AlwaysUseMyUrls">Send shoppers to these URLs even when the merchant gateway sent its own.</param>
/// <param name="RedirectHosts">Further hosts the merchant's redirect URLs may point at outside sandbox mode.</param>
/// <param name="SessionTtl">How long this merchant's checkouts stay payable; null for the operator's setting.</param>
/// <param name="SandboxMode">Whether the sandbox's relaxations apply to this merchant's checkouts (only on a sandbox deployment).</param>
public sealed record MerchantSettingsChange(
    string? DisplayName,
    Uri? LogoUrl,
    string? AccentColour,
    Uri? SuccessUrl,
    Uri? CancelUrl,
    bool AlwaysUseMyUrls,
    IReadOnlyList<string> RedirectHosts,
    TimeSpan? SessionTtl,
    bool SandboxMode);
