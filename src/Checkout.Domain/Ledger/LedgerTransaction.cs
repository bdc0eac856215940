using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Ledger;

/// <summary>
/// A balanced, append-only movement of money: its entries sum to zero, so money is never created or lost. The
/// factory refuses anything else, so an unbalanced movement cannot exist even in memory.
/// </summary>
public sealed class LedgerTransaction
{
    public const int MaxReferenceLength = 128;

    private readonly List<LedgerEntry> _entries = [];

    private LedgerTransaction()
    {
    }

    public Guid Id { get; private set; }

    public LedgerTransactionKind Kind { get; private set; }

    public Currency Currency { get; private set; }

    /// <summary>What the movement was for, e.g. the session id it paid.</summary>
    public string Reference { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<LedgerEntry> Entries => _entries;

    /// <summary>Moves <paramref name="amount"/> from one account to another and applies it to both balances.</summary>
    public static Result<LedgerTransaction> Transfer(
        LedgerTransactionKind kind, Account from, Account to, Money amount, string reference, DateTimeOffset now)
    {
        if (!amount.IsPositive)
        {
            return LedgerErrors.NotPositive(amount);
        }
        if (from.Id == to.Id || from.Currency != amount.Currency || to.Currency != amount.Currency)
        {
            return LedgerErrors.Mismatch(from, to, amount);
        }
        if (!from.CanApply(-amount.Minor))
        {
            return LedgerErrors.InsufficientFunds(from, amount);
        }

        var transaction = new LedgerTransaction
        {
            Id = Guid.CreateVersion7(),
            Kind = kind,
            Currency = amount.Currency,
            Reference = reference,
            CreatedAt = now,
        };
        transaction._entries.Add(new LedgerEntry(from.Id, -amount.Minor));
        transaction._entries.Add(new LedgerEntry(to.Id, amount.Minor));
        from.Apply(-amount.Minor);
        to.Apply(amount.Minor);
        return transaction;
    }
}
