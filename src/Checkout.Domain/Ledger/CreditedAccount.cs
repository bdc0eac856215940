using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Ledger;

/// <summary>
/// An account that receives money without its balance being read or locked: the ledger adds the credit in place as the
/// last statement before the unit of work commits, so many shoppers paying one merchant do not queue on its row while
/// they sign and write. Only for accounts nothing debits (merchants and merchant gateways): with no debit to check,
/// nothing needs the balance first, and such a credit never waits on a holder that waits on it.
/// </summary>
public sealed record CreditedAccount(Guid Id, AccountOwner Owner, Currency Currency);
