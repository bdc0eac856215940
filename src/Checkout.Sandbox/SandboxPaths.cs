namespace OpenCharge.Checkout.Sandbox;

/// <summary>
/// Where the sandbox peers live under our public base URL. Deliberately outside <c>/opencharge</c>: they are other
/// peers, so our protocol middleware (our signature on every response) must not wrap them.
/// </summary>
public static class SandboxPaths
{
    public const string Root = "/sandbox";
    public const string Store = "/sandbox/store";

    /// <summary>The Demo Store's point of sale, where each QR flow is tried (docs/sandbox.md).</summary>
    public const string Pos = "/sandbox/store/pos";
    public const string StoreEndpoint = "/sandbox/store/opencharge";
    public const string GatewayEndpoint = "/sandbox/gateway/opencharge";
    public const string BankEndpoint = "/sandbox/bank/opencharge";
    public const string ExchangeEndpoint = "/sandbox/exchange/opencharge";
    public const string SwitchEndpoint = "/sandbox/switch/opencharge";

    public static string OrderPage(string orderId) => $"{Store}/orders/{Uri.EscapeDataString(orderId)}";

    public static string Absolute(string publicBaseUrl, string path) => publicBaseUrl.TrimEnd('/') + path;
}
