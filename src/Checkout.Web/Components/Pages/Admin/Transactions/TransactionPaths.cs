namespace OpenCharge.Checkout.Web.Components.Pages.Admin.Transactions;

/// <summary>Where the back office transaction pages live.</summary>
internal static class TransactionPaths
{
    public const string Grid = "/admin/transactions";

    public static string Timeline(string sessionId) => $"{Grid}/{sessionId}";
}
