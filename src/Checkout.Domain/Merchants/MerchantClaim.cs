using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Merchants;

/// <summary>
/// A portal user's proven hold on a merchant OCID: they signed our challenge with that OCID's registry key.
/// Until a claim exists, nothing of the OCID is visible to any merchant user; several users may claim one OCID.
/// </summary>
public sealed class MerchantClaim
{
    public const int MaxUserIdLength = 450;

    private MerchantClaim()
    {
    }

    public Ocid Ocid { get; private set; }

    public string UserId { get; private set; } = "";

    public DateTimeOffset ClaimedAt { get; private set; }

    public static MerchantClaim Prove(Ocid ocid, string userId, DateTimeOffset at) => new()
    {
        Ocid = ocid,
        UserId = userId,
        ClaimedAt = at,
    };
}
