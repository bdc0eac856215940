using System.Globalization;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Domain.Orders;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Settlement;

namespace OpenCharge.Checkout.PayLoad;

/// <summary>
/// Open hosted-checkout sessions for merchant 9701 through gateway 9700, settled directly to the merchant: what a signed
/// checkout/create stores, written straight to the database because creating them is not what is measured.
/// </summary>
internal static class BenchSessions
{
    public static readonly Ocid Gateway = new(9700);
    public static readonly Ocid Merchant = new(9701);
    public static readonly Ocid Us = new(200);
    public static readonly Money Price = new(1_00, Currency.Of("USD"));

    public static CheckoutSession Open(string orderId, DateTimeOffset now)
    {
        var amount = Price.ToWireString();
        var json = string.Create(CultureInfo.InvariantCulture, $$"""{"id":"{{orderId}}","merchantOcid":{{Merchant.Value}},"amount":"{{amount}}","currency":"USD"}""");
        var order = new SignedOrder(orderId, Merchant, amount, Price, now, null, [Us], json, "bench_" + orderId);
        var route = new SettlementRoute(AccountOwner.Merchant(Merchant), Merchant, ProofAddressing.MerchantOrder);
        var urls = new RedirectUrls(new Uri("https://merchant.example/success"), new Uri("https://merchant.example/cancel"));
        return CheckoutSession.Open(order, Gateway, urls, route, now, TimeSpan.FromHours(1));
    }
}
