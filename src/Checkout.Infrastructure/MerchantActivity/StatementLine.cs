using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;

namespace OpenCharge.Checkout.Infrastructure.MerchantActivity;

/// <summary>
/// One entry on a merchant's account: signed amount (credit positive) and the balance right after it.
/// <see cref="Reference"/> is the ledger transaction's: the session id of a checkout payment.
/// </summary>
public sealed record StatementLine(Guid TransactionId, DateTimeOffset At, LedgerTransactionKind Kind, string Reference, Money Amount, Money RunningBalance);
