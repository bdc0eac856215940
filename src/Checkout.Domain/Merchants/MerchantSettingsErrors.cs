using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Merchants;

public static class MerchantSettingsErrors
{
    public const string InvalidCode = "merchant.settings_invalid";
    public const string NotClaimedCode = "merchant.not_claimed";
    public const string ChangedMeanwhileCode = "merchant.settings_changed_meanwhile";

    public static DomainError Invalid(Ocid ocid, string why) => new(InvalidCode, $"Settings of OCID {ocid}: {why}");

    /// <summary>Said the same way whether the OCID exists or not, so a merchant learns nothing of OCIDs they did not claim.</summary>
    public static DomainError NotClaimed(Ocid ocid) => new(NotClaimedCode, $"You have not claimed OCID {ocid}.");

    public static DomainError ChangedMeanwhile(Ocid ocid) =>
        new(ChangedMeanwhileCode, $"Someone else changed the settings of OCID {ocid} meanwhile. Reload to see their change.");
}
