using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;

namespace OpenCharge.Checkout.UnitTests.Domain.Sessions.Fakes;

/// <summary>
/// Accounts opened on first use with <see cref="Account.Open"/>; recorded transactions kept in order. In-place credits are
/// added when recorded, as the real ledger adds them at commit; <see cref="BalanceOf"/> includes them.
/// </summary>
internal sealed class InMemoryLedger : ILedger
{
    private static readonly DateTimeOffset FundedAt = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<(AccountOwner Owner, Currency Currency), Account> _accounts = [];
    private readonly List<LedgerTransaction> _recorded = [];
    private readonly Dictionary<Guid, long> _creditedInPlace = [];

    public IReadOnlyList<LedgerTransaction> Recorded => _recorded;

    public Account AccountOf(AccountOwner owner, Currency currency)
    {
        if (!_accounts.TryGetValue((owner, currency), out var account))
        {
            account = Account.Open(owner, currency);
            _accounts.Add((owner, currency), account);
        }
        return account;
    }

    /// <summary>Gives a wallet play money from the sandbox funding account, outside any recorded transaction.</summary>
    public void Fund(AccountOwner owner, Money amount)
    {
        var topUp = LedgerTransaction.Transfer(
            LedgerTransactionKind.SandboxTopUp, AccountOf(AccountOwner.SandboxFunding, amount.Currency), AccountOf(owner, amount.Currency), amount, "test-funding", FundedAt);
        if (!topUp.IsSuccess)
        {
            throw new InvalidOperationException(topUp.Error.Message);
        }
    }

    public Task<IReadOnlyDictionary<AccountOwner, Account>> LockAccountsAsync(
        IReadOnlyCollection<AccountOwner> owners, Currency currency, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<AccountOwner, Account> accounts = owners.Distinct().ToDictionary(owner => owner, owner => AccountOf(owner, currency));
        return Task.FromResult(accounts);
    }

    public Task<CreditedAccount> OpenForCreditAsync(AccountOwner owner, Currency currency, CancellationToken cancellationToken) =>
        Task.FromResult(new CreditedAccount(AccountOf(owner, currency).Id, owner, currency));

    public long BalanceOf(AccountOwner owner, Currency currency)
    {
        var account = AccountOf(owner, currency);
        return account.BalanceMinor + _creditedInPlace.GetValueOrDefault(account.Id);
    }

    public Task<Money> BalanceAsync(AccountOwner owner, Currency currency, CancellationToken cancellationToken) =>
        Task.FromResult(new Money(BalanceOf(owner, currency), currency));

    public void Record(LedgerTransaction transaction)
    {
        _recorded.Add(transaction);
        if (transaction.InPlaceCredit is { } credit)
        {
            _creditedInPlace[credit.AccountId] = _creditedInPlace.GetValueOrDefault(credit.AccountId) + credit.AmountMinor;
        }
    }
}
