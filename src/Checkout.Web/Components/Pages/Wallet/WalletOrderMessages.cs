using Microsoft.Extensions.Localization;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Web.Components.Shared.Resources;
using OpenCharge.Checkout.Web.Localization;

namespace OpenCharge.Checkout.Web.Components.Pages.Wallet;

/// <summary>What the wallet says when paying, declining or opening an order fails: the usual cases in its own words, else the shared catalogue's.</summary>
internal static class WalletOrderMessages
{
    public static string For(IStringLocalizer<SharedResource> l, DomainError error) => error.Code switch
    {
        "session.expired" => l["The order expired. Nothing was charged."],
        "session.cancelled" => l["You declined the order. Nothing was charged."],
        "session.already_paid" => l["This order has already been paid."],
        _ => DomainErrorText.For(error, l),
    };
}
