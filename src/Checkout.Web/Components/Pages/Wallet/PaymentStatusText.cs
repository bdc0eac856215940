using Microsoft.Extensions.Localization;

using OpenCharge.Checkout.Infrastructure.Wallet;
using OpenCharge.Checkout.Web.Components.Shared.Resources;

namespace OpenCharge.Checkout.Web.Components.Pages.Wallet;

/// <summary>A payment's status in words, the same in the history and on the receipt.</summary>
internal static class PaymentStatusText
{
    public static string For(IStringLocalizer<SharedResource> localizer, WalletPaymentStatus status) => status switch
    {
        WalletPaymentStatus.Processing => localizer["Processing"],
        WalletPaymentStatus.Reversed => localizer["Reversed, money returned"],
        _ => localizer["Paid"],
    };
}
