using System.Globalization;

namespace OpenCharge.Checkout.TestSupport.Ledger;

/// <summary>
/// A fake peer's books: one balance per (holder OCID, currency), in decimal as the wire carries amounts. One lock
/// makes every check-and-move atomic; a peer under test load is not what these fakes are for.
/// </summary>
public sealed class PeerLedger
{
    private readonly Dictionary<(long Holder, string Currency), decimal> _balances = [];

    internal object Gate { get; } = new();

    /// <summary>Opens the account if needed and adds <paramref name="amount"/> (a wire string such as "100.00").</summary>
    public void Fund(long holder, string currency, string amount)
    {
        lock (Gate)
        {
            _balances[(holder, currency)] = BalanceOrZero(holder, currency) + Parse(amount);
        }
    }

    /// <summary>Opens an empty account, so that it may receive.</summary>
    public void Open(long holder, string currency) => Fund(holder, currency, "0");

    public bool HasAccount(long holder, string currency)
    {
        lock (Gate)
        {
            return _balances.ContainsKey((holder, currency));
        }
    }

    public decimal BalanceOf(long holder, string currency)
    {
        lock (Gate)
        {
            return BalanceOrZero(holder, currency);
        }
    }

    /// <summary>Moves money between two open accounts; false (nothing moved) when the payer has too little. Call under <see cref="Gate"/>.</summary>
    internal bool TryMove(long from, long to, string currency, decimal amount)
    {
        var available = BalanceOrZero(from, currency);
        if (available < amount)
        {
            return false;
        }
        _balances[(from, currency)] = available - amount;
        _balances[(to, currency)] = BalanceOrZero(to, currency) + amount;
        return true;
    }

    /// <summary>Credits an account without a payer on these books: money that arrived with a proof from elsewhere.</summary>
    internal void Credit(long holder, string currency, decimal amount) => _balances[(holder, currency)] = BalanceOrZero(holder, currency) + amount;

    internal static decimal Parse(string amount) => decimal.Parse(amount, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    private decimal BalanceOrZero(long holder, string currency) => _balances.GetValueOrDefault((holder, currency));
}
