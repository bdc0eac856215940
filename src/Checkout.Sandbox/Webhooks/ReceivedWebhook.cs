namespace OpenCharge.Checkout.Sandbox.Webhooks;

/// <summary>One POST to a sandbox <c>/transfer/webhook</c> and how it was answered, kept so the store can show it.</summary>
internal sealed class ReceivedWebhook
{
    public const int MaxOutcomeLength = 64;
    public const int MaxMessageLength = 500;

    public long Id { get; init; }

    public SandboxPeer ReceivedBy { get; init; }

    /// <summary>The sender's X-OC-ID, when it authenticated.</summary>
    public long? CallerOcid { get; init; }

    /// <summary>The proof's <c>to.reference</c>, when the body had one: the order it was about.</summary>
    public string? OrderReference { get; init; }

    public string? Txid { get; init; }

    public int StatusCode { get; init; }

    /// <summary><c>accepted</c>, <c>rejected</c> or the error code answered.</summary>
    public string Outcome { get; init; } = "";

    public string? Message { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }
}
