namespace OpenCharge.Checkout.Web.Checkout;

/// <summary>The "HostedCheckout" section: how the <c>/pay/{id}</c> page behaves.</summary>
public sealed class HostedCheckoutOptions
{
    public const string Section = "HostedCheckout";

    /// <summary>How often an open page re-reads its session, to see changes made by another process.</summary>
    public double StatusPollSeconds { get; set; } = 2.5;

    /// <summary>How long the receipt stays before the shopper is sent back to the merchant's success URL.</summary>
    public int ReceiptRedirectSeconds { get; set; } = 5;
}
