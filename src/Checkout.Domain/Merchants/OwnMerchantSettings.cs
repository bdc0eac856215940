using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Merchants;

/// <summary>A merchant user's view of an OCID's settings: only for an OCID they claimed, and the defaults until first saved.</summary>
public sealed class OwnMerchantSettings(IMerchantClaims claims, IMerchantSettings settings, MerchantSettingsLimits limits)
{
    public async Task<Result<MerchantSettings>> ReadAsync(string userId, Ocid ocid, CancellationToken cancellationToken)
    {
        if (!await claims.OwnsAsync(userId, ocid, cancellationToken))
        {
            return MerchantSettingsErrors.NotClaimed(ocid);
        }
        return await settings.FindAsync(ocid, cancellationToken) ?? MerchantSettings.Defaults(ocid, limits);
    }
}
