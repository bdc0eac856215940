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

    /// <summary>
    /// The credit the ledger adds to its account in place when the unit of work commits (see <see cref="CreditedAccount"/>);
    /// null when both balances were locked and changed in memory.
    /// </summary>
    public LedgerEntry? InPlaceCredit { get; private set; }

    /// <summary>Moves <paramref name="amount"/> from one account to another and applies it to both balances.</summary>
    public static Result<LedgerTransaction> Transfer(
        LedgerTransactionKind kind, Account from, Account to, Money amount, string reference, DateTimeOffset now)
    {
        var transaction = Move(kind, from, to.Id, to.Currency, amount, reference, now);
        if (transaction.IsSuccess)
        {
            to.Apply(amount.Minor);
        }
        return transaction;
    }

    /// <summary>
    /// Moves <paramref name="amount"/> from a locked account to one credited in place: the debit is applied here, the
    /// credit by the ledger at commit, inside the same database transaction.
    /// </summary>
    public static Result<LedgerTransaction> Transfer(
        LedgerTransactionKind kind, Account from, CreditedAccount to, Money amount, string reference, DateTimeOffset now)
    {
        var transaction = Move(kind, from, to.Id, to.Currency, amount, reference, now);
        if (transaction.IsSuccess)
        {
            transaction.Value.InPlaceCredit = transaction.Value._entries[^1];
        }
        return transaction;
    }

    /// <summary>Both entries, with the debit applied to the locked account; each caller applies the credit its own way.</summary>
    private static Result<LedgerTransaction> Move(
        LedgerTransactionKind kind, Account from, Guid toAccountId, Currency toCurrency, Money amount, string reference, DateTimeOffset now)
    {
        if (!amount.IsPositive)
        {
            return LedgerErrors.NotPositive(amount);
        }
        if (from.Id == toAccountId || from.Currency != amount.Currency || toCurrency != amount.Currency)
        {
            return LedgerErrors.Mismatch(from, toCurrency, amount);
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
        transaction._entries.Add(new LedgerEntry(toAccountId, amount.Minor));
        from.Apply(-amount.Minor);
        return transaction;
    }
}
