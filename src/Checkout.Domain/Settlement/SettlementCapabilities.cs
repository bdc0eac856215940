namespace OpenCharge.Checkout.Domain.Settlement;

/// <summary>The metadata <c>config.capabilities</c> names a path needs from the services it calls (endpoints.md).</summary>
public static class SettlementCapabilities
{
    public const string TransferCreate = "transfer.create";

    public const string PaymentCreate = "payment.create";

    public const string PaymentSettle = "payment.settle";
}
