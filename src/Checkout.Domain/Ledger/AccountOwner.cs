namespace OpenCharge.Checkout.Domain.Ledger;

public enum AccountOwnerKind
{
    /// <summary>A shopper's wallet; the key is the user id.</summary>
    Shopper,

    /// <summary>What we owe a merchant gateway for hosted checkouts it routed to us (gaps.md G29); key = its OCID.</summary>
    MerchantGateway,

    /// <summary>The balance of a merchant we settle directly (our OCID is in its accepts); key = its OCID.</summary>
    Merchant,

    /// <summary>Where sandbox top-ups come from: play money, allowed below zero.</summary>
    SandboxFunding,

    /// <summary>A reserve a partner holds with us, which its <c>/transfer/create</c> calls debit; key = its OCID.</summary>
    PartnerReserve,

    /// <summary>
    /// Our net flow with a partner (a nostro-style clearing account), key = its OCID: money we paid out through it
    /// (positive) or received from it (negative), so incoming and outgoing settlement stay balanced entries.
    /// </summary>
    PartnerClearing,

    /// <summary>A shopper's payment waiting for a remote settlement to finish; key = the funding partner's OCID.</summary>
    SettlementInFlight,
}

/// <summary>Who an account belongs to; with a currency it names exactly one account.</summary>
public readonly record struct AccountOwner(AccountOwnerKind Kind, string Key)
{
    public const int MaxKeyLength = 64;

    public static AccountOwner Shopper(string userId) => new(AccountOwnerKind.Shopper, userId);

    public static AccountOwner MerchantGateway(Common.Ocid ocid) => new(AccountOwnerKind.MerchantGateway, ocid.ToString());

    public static AccountOwner Merchant(Common.Ocid ocid) => new(AccountOwnerKind.Merchant, ocid.ToString());

    public static AccountOwner PartnerReserve(Common.Ocid ocid) => new(AccountOwnerKind.PartnerReserve, ocid.ToString());

    public static AccountOwner PartnerClearing(Common.Ocid ocid) => new(AccountOwnerKind.PartnerClearing, ocid.ToString());

    public static AccountOwner SettlementInFlight(Common.Ocid fundingPartner) => new(AccountOwnerKind.SettlementInFlight, fundingPartner.ToString());

    public static readonly AccountOwner SandboxFunding = new(AccountOwnerKind.SandboxFunding, "sandbox");

    public bool MayGoNegative => Kind is AccountOwnerKind.SandboxFunding or AccountOwnerKind.PartnerClearing;
}
