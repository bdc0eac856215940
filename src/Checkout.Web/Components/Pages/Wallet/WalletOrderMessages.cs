using Microsoft.Extensions.Localization;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Web.Components.Shared.Resources;

namespace OpenCharge.Checkout.Web.Components.Pages.Wallet;

/// <summary>What the wallet says when paying, declining or opening an order fails: the usual cases in its own words, else the Domain's.</summary>
internal static class WalletOrderMessages
{
    public static string For(IStringLocalizer<SharedResource> l, DomainError error) => error.Code switch
    {
        "ledger.insufficient_funds" => l["Your balance does not cover this payment."],
        "session.expired" => l["The order expired. Nothing was charged."],
        "session.cancelled" => l["You declined the order. Nothing was charged."],
        "session.already_paid" => l["This order has already been paid."],
        _ => l["That did not work: {0}", error.Message],
    };
}
