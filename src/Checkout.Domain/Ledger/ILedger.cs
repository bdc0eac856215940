using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Ledger;

public interface ILedger
{
    /// <summary>
    /// The accounts of these owners in this currency, opened when missing, each locked until the unit of work ends.
    /// Locks are taken in one fixed order, so two movements over the same accounts cannot deadlock.
    /// </summary>
    Task<IReadOnlyDictionary<AccountOwner, Account>> LockAccountsAsync(IReadOnlyCollection<AccountOwner> owners, Currency currency, CancellationToken cancellationToken);

    Task<Money> BalanceAsync(AccountOwner owner, Currency currency, CancellationToken cancellationToken);

    void Record(LedgerTransaction transaction);
}
