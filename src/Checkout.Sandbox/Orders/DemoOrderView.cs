using OpenCharge.Checkout.Sandbox.Webhooks;

namespace OpenCharge.Checkout.Sandbox.Orders;

/// <summary>A demo order as the store's pages show it.</summary>
public sealed record DemoOrderView(
    string Id,
    string Description,
    string Amount,
    string Currency,
    DemoOrderStatus Status,
    DateTimeOffset CreatedAt,
    string? CheckoutUrl,
    VerifiedPayment? Payment)
{
    public IReadOnlyList<WebhookDeliveryView> Deliveries { get; init; } = [];

    /// <summary>The issuer the order accepts and the route it stands for, e.g. "Demo Bank (partner reserve)".</summary>
    public string? SettleThrough { get; init; }

    /// <summary>Who issued the proof that paid it, when that is one of the demo's peers.</summary>
    public string? PaidBy { get; init; }
}

/// <summary>The proof that paid an order; only a verified proof ever produces one.</summary>
public sealed record VerifiedPayment(string Txid, long Issuer, string Amount, string Currency, DateTimeOffset ReceivedAt, SandboxPeer ReceivedBy);

public sealed record WebhookDeliveryView(DateTimeOffset ReceivedAt, SandboxPeer ReceivedBy, long? CallerOcid, string? Txid, int StatusCode, string Outcome, string? Message);
