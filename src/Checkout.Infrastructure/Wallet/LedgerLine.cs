using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;

namespace OpenCharge.Checkout.Infrastructure.Wallet;

/// <summary>A shopper's side of one ledger transaction, before it is told what it paid for.</summary>
internal sealed record LedgerLine(Guid TransactionId, LedgerTransactionKind Kind, Money Amount, string Reference, DateTimeOffset At);
