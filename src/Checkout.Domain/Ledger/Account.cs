using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Ledger;

/// <summary>
/// A balance in one currency. It changes only by posting a balanced <see cref="LedgerTransaction"/>, and never goes
/// below zero unless its owner is the sandbox funding source.
/// </summary>
public sealed class Account
{
    private Account()
    {
    }

    public Guid Id { get; private set; }

    public AccountOwner Owner { get; private set; }

    public Currency Currency { get; private set; }

    public long BalanceMinor { get; private set; }

    public uint Version { get; private set; }

    public Money Balance => new(BalanceMinor, Currency);

    public static Account Open(AccountOwner owner, Currency currency) =>
        new() { Id = Guid.CreateVersion7(), Owner = owner, Currency = currency };

    public bool CanApply(long deltaMinor) => Owner.MayGoNegative || BalanceMinor + deltaMinor >= 0;

    internal void Apply(long deltaMinor)
    {
        if (!CanApply(deltaMinor))
        {
            throw new InvalidOperationException($"Account {Id} would go below zero; check CanApply before posting.");
        }
        BalanceMinor = checked(BalanceMinor + deltaMinor);
    }
}
