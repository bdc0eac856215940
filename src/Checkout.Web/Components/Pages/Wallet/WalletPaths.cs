namespace OpenCharge.Checkout.Web.Components.Pages.Wallet;

/// <summary>Where the wallet's pages live: all under <see cref="Home"/>, for shoppers.</summary>
internal static class WalletPaths
{
    public const string Home = "/wallet";
    public const string History = "/wallet/history";
    public const string PayInStore = "/wallet/pay-in-store";
    public const string Scan = "/wallet/scan";

    public static string Receipt(string txid) => "/wallet/receipts/" + Uri.EscapeDataString(txid);
}
