namespace OpenCharge.Checkout.Sandbox.Orders;

/// <summary>
/// An order the Demo Store signed. It becomes paid only through <see cref="MarkPaid"/>, which the webhooks call after
/// the proof verified; nothing else sets the payment fields.
/// </summary>
internal sealed class DemoOrder
{
    public const int MaxIdLength = 64;
    public const int MaxAmountLength = 32;
    public const int MaxSessionIdLength = 128;
    public const int MaxTxidLength = 128;

    public DemoOrder(string id, string description, string orderJson, string signature, string amount, string currency, DateTimeOffset createdAt)
    {
        Id = id;
        Description = description;
        OrderJson = orderJson;
        Signature = signature;
        Amount = amount;
        Currency = currency;
        CreatedAt = createdAt;
        Status = DemoOrderStatus.Pending;
    }

    private DemoOrder()
    {
    }

    public string Id { get; private set; } = "";

    /// <summary>What was bought, for the store's pages.</summary>
    public string Description { get; private set; } = "";

    /// <summary>The canonical JSON of the order: exactly the bytes <see cref="Signature"/> covers.</summary>
    public string OrderJson { get; private set; } = "";

    public string Signature { get; private set; } = "";

    /// <summary>The order's amount string, verbatim: proofs must carry the same string (objects.md §1).</summary>
    public string Amount { get; private set; } = "";

    public string Currency { get; private set; } = "";

    public DemoOrderStatus Status { get; private set; }

    public string? CheckoutUrl { get; private set; }

    public string? SessionId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? PaidAt { get; private set; }

    public long? PaidIssuer { get; private set; }

    public string? PaidTxid { get; private set; }

    /// <summary>PostgreSQL xmin: two proofs for one order race, and only the first may mark it paid.</summary>
    public uint Version { get; private set; }

    public void RecordCheckout(string checkoutUrl, string sessionId)
    {
        CheckoutUrl = checkoutUrl;
        SessionId = sessionId;
    }

    public PaymentRecording MarkPaid(long issuer, string txid, DateTimeOffset receivedAt)
    {
        if (Status == DemoOrderStatus.Paid)
        {
            return PaidIssuer == issuer && PaidTxid == txid ? PaymentRecording.Duplicate : PaymentRecording.AlreadyPaid;
        }
        Status = DemoOrderStatus.Paid;
        PaidIssuer = issuer;
        PaidTxid = txid;
        PaidAt = receivedAt;
        return PaymentRecording.Recorded;
    }
}
