namespace OpenCharge.Checkout.Infrastructure.BackOffice.Transactions;

/// <summary>
/// What the grid shows and the CSV export writes: one kind, every filter optional (null: any). Amounts compare as
/// decimals in the row's own currency; <see cref="From"/> is inclusive and <see cref="To"/> exclusive.
/// </summary>
public sealed record TransactionFilter
{
    public TransactionKind Kind { get; init; } = TransactionKind.Payments;

    /// <summary>As the grid shows it: a session status (an open session past its expiry reads Expired), Completed for a transfer, Issued or Received for a proof.</summary>
    public string? Status { get; init; }

    public long? MerchantOcid { get; init; }

    public long? GatewayOcid { get; init; }

    public string? Currency { get; init; }

    public decimal? MinAmount { get; init; }

    public decimal? MaxAmount { get; init; }

    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }

    /// <summary>How the order reached us (the session channel: HostedCheckout, WalletQr, ScannedOrder).</summary>
    public string? Method { get; init; }

    /// <summary>The settlement path kind: Direct, GatewayAccount, PartnerReserve, CommonProvider, Chain.</summary>
    public string? Route { get; init; }

    /// <summary>An order id, a session id (<c>sess_…</c>) or a txid, matched exactly.</summary>
    public string? Search { get; init; }

    public TransactionSort Sort { get; init; } = TransactionSort.Time;

    public bool Descending { get; init; } = true;
}
