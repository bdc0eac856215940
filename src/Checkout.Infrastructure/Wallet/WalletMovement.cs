using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Infrastructure.Wallet;

/// <summary>
/// One line of a shopper's history: a ledger entry on one of their accounts, with what it paid or where it came from.
/// <see cref="Amount"/> is signed: negative when money left the wallet.
/// </summary>
public sealed record WalletMovement(Guid Id, WalletMovementKind Kind, Money Amount, DateTimeOffset At)
{
    /// <summary>The merchant of a payment or refund, or the service that sent a transfer.</summary>
    public Ocid? Counterparty { get; init; }

    public string? OrderId { get; init; }

    /// <summary>The sender's own reference for a transfer received, when it gave one.</summary>
    public string? SenderReference { get; init; }

    /// <summary>Set for payments only.</summary>
    public WalletPaymentStatus? Status { get; init; }

    /// <summary>The txid whose receipt this payment has; none once a payment was reversed.</summary>
    public string? ReceiptTxid { get; init; }
}
