namespace OpenCharge.Checkout.Domain.Audit;

/// <summary>The actions the audit trail names; filters in the back office offer exactly these.</summary>
public static class AuditActions
{
    public const string System = "system";

    public const string MerchantClaimed = "merchant.claimed";
    public const string MerchantSettingsChanged = "merchant.settings.changed";
    public const string DeliveryRedelivered = "delivery.redelivered";
    public const string TestProofSent = "delivery.test_proof_sent";
    public const string PartnerSaved = "partner.saved";
    public const string UserRolesChanged = "user.roles.changed";
    public const string UserLockedOut = "user.locked_out";
    public const string UserUnlocked = "user.unlocked";
    public const string TwoFactorEnabled = "user.two_factor.enabled";
    public const string TwoFactorDisabled = "user.two_factor.disabled";
    public const string RecoveryCodesGenerated = "user.recovery_codes.generated";
    public const string ReconciliationRun = "reconciliation.run";
}
