namespace OpenCharge.Checkout.Infrastructure.Wallet;

/// <summary>One page of a shopper's history, newest first, and how many movements there are in all.</summary>
public sealed record WalletHistory(IReadOnlyList<WalletMovement> Movements, int TotalCount)
{
    public static readonly WalletHistory Empty = new([], 0);
}
