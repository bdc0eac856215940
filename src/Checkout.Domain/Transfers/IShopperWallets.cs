namespace OpenCharge.Checkout.Domain.Transfers;

/// <summary>Shopper wallets as peers address them (<see cref="WalletReference"/>).</summary>
public interface IShopperWallets
{
    /// <summary>The user id owning the wallet with this reference, or null.</summary>
    Task<string?> FindUserIdAsync(string walletReference, CancellationToken cancellationToken);
}
