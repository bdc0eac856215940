using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Web.Merchant;

/// <summary>The merchant portal's routes and exports, in one place so links, endpoints and tests agree.</summary>
internal static class MerchantPaths
{
    public const string Home = "/merchant";
    public const string Onboarding = "/merchant/onboarding";
    public const string Activity = "/merchant/activity";
    public const string Deliveries = "/merchant/activity?tab=deliveries";
    public const string Verify = "/merchant/verify";
    public const string Statement = "/merchant/statement";
    public const string SessionsCsv = "/merchant/export/sessions.csv";
    public const string StatementCsv = "/merchant/export/statement.csv";

    public static string Settings(Ocid ocid) => $"/merchant/{ocid}/settings";

    public static string Delivery(Guid id) => $"/merchant/deliveries/{id}";
}
