namespace OpenCharge.Checkout.Sandbox.Orders;

/// <summary>How the shopper asks a Demo Store order to settle: which issuer its signed <c>accepts</c> names.</summary>
public enum SettleThrough
{
    /// <summary>The Demo Gateway (gateway account, the default): <c>Sandbox:StoreAccepts</c>.</summary>
    DemoGateway,

    /// <summary>Our payment gateway itself (direct).</summary>
    Checkout,

    /// <summary>The Demo Bank, where we hold a reserve (partner reserve).</summary>
    DemoBank,

    /// <summary>The Demo Exchange, which takes the Demo Bank's proofs (common provider).</summary>
    DemoExchange,

    /// <summary>The Demo Switch, which takes the Demo Exchange's proofs (2-hop chain).</summary>
    DemoSwitch,
}
