namespace OpenCharge.Checkout.Web.Merchant;

/// <summary>Where the merchant's activity pages and exports live, so links and endpoints agree.</summary>
internal static class MerchantPaths
{
    public const string Activity = "/merchant/activity";
    public const string Deliveries = "/merchant/activity?tab=deliveries";
    public const string Verify = "/merchant/verify";
    public const string Statement = "/merchant/statement";
    public const string SessionsCsv = "/merchant/export/sessions.csv";
    public const string StatementCsv = "/merchant/export/statement.csv";

    public static string Delivery(Guid id) => $"/merchant/deliveries/{id}";
}
