using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Sessions;

namespace OpenCharge.Checkout.Domain.Merchants;

/// <summary>
/// A claimed merchant's own settings: default redirect URLs, extra redirect hosts, checkout branding, session time and
/// sandbox mode. Read afresh for every order and every checkout page, so a change applies to the next one
/// (docs/decisions.md, "Issue 10: merchant settings").
/// </summary>
public sealed class MerchantSettings
{
    private MerchantSettings()
    {
    }

    public Ocid Ocid { get; private set; }

    public string? DisplayName { get; private set; }

    public Uri? LogoUrl { get; private set; }

    public string? AccentColour { get; private set; }

    public Uri? SuccessUrl { get; private set; }

    public Uri? CancelUrl { get; private set; }

    public bool AlwaysUseMyUrls { get; private set; }

    public IReadOnlyList<string> RedirectHosts { get; private set; } = [];

    public TimeSpan? SessionTtl { get; private set; }

    public bool SandboxMode { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public uint Version { get; private set; }

    /// <summary>A merchant that never saved settings: sandbox mode follows the deployment, everything else is unset.</summary>
    public static MerchantSettings Defaults(Ocid ocid, MerchantSettingsLimits limits) => new()
    {
        Ocid = ocid,
        SandboxMode = limits.SandboxDeployment,
    };

    /// <summary>Applies a change <see cref="MerchantSettingsRules.Validate"/> accepted.</summary>
    public void Change(MerchantSettingsChange change, DateTimeOffset now)
    {
        DisplayName = change.DisplayName?.Trim();
        LogoUrl = change.LogoUrl;
        AccentColour = change.AccentColour?.ToLowerInvariant();
        SuccessUrl = change.SuccessUrl;
        CancelUrl = change.CancelUrl;
        AlwaysUseMyUrls = change.AlwaysUseMyUrls;
        RedirectHosts = [.. change.RedirectHosts.Select(h => h.ToLowerInvariant()).Distinct()];
        SessionTtl = change.SessionTtl;
        SandboxMode = change.SandboxMode;
        UpdatedAt = now;
    }

    public MerchantSettingsChange Describe() =>
        new(DisplayName, LogoUrl, AccentColour, SuccessUrl, CancelUrl, AlwaysUseMyUrls, RedirectHosts, SessionTtl, SandboxMode);

    /// <summary>
    /// Where this merchant's shopper goes: the merchant's own URLs when the order came with none (a scanned order) or
    /// when the merchant chose them always; otherwise what was sent. The order's <c>urls.order</c> is kept either way.
    /// </summary>
    public RedirectUrls RedirectsFor(RedirectUrls sent, bool sentNone) =>
        SuccessUrl is { } success && CancelUrl is { } cancel && (AlwaysUseMyUrls || sentNone)
            ? new RedirectUrls(success, cancel) { Order = sent.Order }
            : sent;

    /// <summary>Hosts this merchant vouches for: its allow-list and the hosts of its own default URLs.</summary>
    public IEnumerable<string> AllowedHosts() =>
        RedirectHosts.Concat(new[] { SuccessUrl, CancelUrl }.OfType<Uri>().Select(u => u.Host));

    /// <summary>Never longer than the operator's current setting, even if the operator lowered it since.</summary>
    public TimeSpan SessionTtlWithin(TimeSpan operatorTtl) => SessionTtl is { } ttl && ttl < operatorTtl ? ttl : operatorTtl;
}
