namespace OpenCharge.Checkout.Domain.Merchants;

/// <summary>What the operator's deployment lets a merchant choose.</summary>
/// <param name="MaxSessionTtl">The operator's <c>Opencharge:Checkout:SessionTtlMinutes</c>: a merchant may shorten it, never lengthen it.</param>
/// <param name="SandboxDeployment">The app runs in sandbox mode: only then may a merchant turn sandbox mode on, or use plain http URLs.</param>
public sealed record MerchantSettingsLimits(TimeSpan MaxSessionTtl, bool SandboxDeployment)
{
    public static readonly TimeSpan MinSessionTtl = TimeSpan.FromMinutes(1);
}
