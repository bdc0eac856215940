using OpenCharge.Checkout.Domain.Sessions;

namespace OpenCharge.Checkout.Infrastructure.BackOffice.Transactions;

/// <summary>
/// One grid line, read by SQL (<see cref="TransactionSources"/>). Property names are the SQL column aliases. Amounts
/// stay the verbatim protocol strings (gaps.md G16); <see cref="AmountValue"/> is their numeric value for filters and
/// sorting, null for a string that is no plain decimal.
/// </summary>
public sealed class TransactionRow
{
    public Guid Key { get; init; }

    /// <summary>When it happened: created (sessions, transfers, proofs) or paid (payments).</summary>
    public DateTimeOffset At { get; init; }

    public string Status { get; init; } = "";

    public long? MerchantOcid { get; init; }

    public long? GatewayOcid { get; init; }

    public string Currency { get; init; } = "";

    public string Amount { get; init; } = "";

    public decimal? AmountValue { get; init; }

    /// <summary>The merchant's order id; for transfers and proofs the <c>to.reference</c>, which names the order it pays.</summary>
    public string? OrderId { get; init; }

    public Guid? SessionKey { get; init; }

    public string? Txid { get; init; }

    public string? Method { get; init; }

    public string? Route { get; init; }

    /// <summary>The row's id as shown and exported: <c>sess_…</c> for a session or payment, else the record's uuid.</summary>
    public string Id => SessionKey == Key ? SessionText! : Key.ToString();

    /// <summary>The session it concerns as <c>sess_…</c>, if any.</summary>
    public string? SessionText => SessionKey is { } session ? new SessionId(session).ToString() : null;
}
