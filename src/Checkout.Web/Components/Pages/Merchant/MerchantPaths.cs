using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Web.Components.Pages.Merchant;

/// <summary>The merchant portal's routes, in one place for links and tests.</summary>
internal static class MerchantPaths
{
    public const string Home = "/merchant";
    public const string Onboarding = "/merchant/onboarding";

    public static string Settings(Ocid ocid) => $"/merchant/{ocid}/settings";
}
