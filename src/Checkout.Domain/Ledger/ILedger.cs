using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Ledger;

public interface ILedger
{
    /// <summary>
    /// The accounts of these owners in this currency, opened when missing, each locked until the unit of work ends.
    /// Locks are taken in one fixed order, so two movements over the same accounts cannot deadlock.
    /// </summary>
    Task<IReadOnlyDictionary<AccountOwner, Account>> LockAccountsAsync(IReadOnlyCollection<AccountOwner> owners, Currency currency, CancellationToken cancellationToken);

    /// <summary>
    /// The account of this owner in this currency, opened when missing, to be credited in place when the unit of work
    /// commits: its row is not read for update or locked now. Only for accounts nothing debits (see <see cref="CreditedAccount"/>).
    /// </summary>
    Task<CreditedAccount> OpenForCreditAsync(AccountOwner owner, Currency currency, CancellationToken cancellationToken);

    Task<Money> BalanceAsync(AccountOwner owner, Currency currency, CancellationToken cancellationToken);

    /// <summary>Keeps the movement in the unit of work; its <see cref="LedgerTransaction.InPlaceCredit"/>, if any, is added at commit.</summary>
    void Record(LedgerTransaction transaction);
}
