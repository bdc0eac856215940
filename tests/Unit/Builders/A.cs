namespace OpenCharge.Checkout.UnitTests.Builders;

/// <summary>Entry point for domain test data: <c>A.Session().ForMerchant(500).Build()</c>.</summary>
internal static class A
{
    public static CheckoutSessionBuilder Session() => new();

    public static SignedOrderBuilder Order() => new();

    public static SettlementKnowledgeBuilder Knowledge() => new();
}
