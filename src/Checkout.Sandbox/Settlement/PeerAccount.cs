using OpenCharge.Checkout.Sandbox.Webhooks;

namespace OpenCharge.Checkout.Sandbox.Settlement;

/// <summary>
/// One account on a sandbox settlement peer's books: a holder's balance in one currency, in minor units. Every
/// movement debits one account and credits another by the same amount, so each peer's books sum to zero per currency.
/// The peer's own (house) account is its side of the books, funds it holds elsewhere included, and may go negative;
/// a customer's may not.
/// </summary>
internal sealed class PeerAccount
{
    public PeerAccount(SandboxPeer peer, long holder, string currency, bool isHouse)
    {
        Peer = peer;
        Holder = holder;
        Currency = currency;
        IsHouse = isHouse;
    }

    private PeerAccount()
    {
    }

    public long Id { get; private set; }

    public SandboxPeer Peer { get; private set; }

    public long Holder { get; private set; }

    public string Currency { get; private set; } = "";

    public bool IsHouse { get; private set; }

    public long BalanceMinor { get; private set; }

    /// <summary>PostgreSQL xmin: two transfers debiting one account race, and only one may decide on the old balance.</summary>
    public uint Version { get; private set; }

    /// <summary>Moves <paramref name="minor"/> from this account to <paramref name="payee"/>; false (nothing moved) when a customer's balance cannot cover it.</summary>
    public bool TryPay(PeerAccount payee, long minor)
    {
        if (minor <= 0 || payee.Peer != Peer || payee.Currency != Currency)
        {
            throw new ArgumentException("A movement is a positive amount between two accounts of one peer in one currency.", nameof(minor));
        }
        if (!IsHouse && BalanceMinor < minor)
        {
            return false;
        }
        BalanceMinor = checked(BalanceMinor - minor);
        payee.BalanceMinor = checked(payee.BalanceMinor + minor);
        return true;
    }
}
