using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Merchants;
using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Domain.Sessions;

namespace OpenCharge.Checkout.Domain.Orders;

/// <summary>
/// Outside sandbox mode a shopper may only be sent to hosts the gateway or the merchant registered with us
/// (<c>Opencharge:Partners:{ocid}:RedirectHosts</c>): an open redirect from our checkout page would lend our name to
/// any phishing page. A merchant who claimed its OCID in the portal adds its own hosts (<see cref="MerchantSettings.AllowedHosts"/>).
/// </summary>
public static class RedirectPolicy
{
    public static async Task<Result> CheckAsync(
        IPartners partners, MerchantSettings? merchantSettings, Ocid? gateway, Ocid merchant, RedirectUrls urls, CancellationToken cancellationToken)
    {
        var allowed = new HashSet<string>(merchantSettings?.AllowedHosts() ?? [], StringComparer.OrdinalIgnoreCase);
        foreach (var ocid in new[] { gateway, merchant }.OfType<Ocid>().Distinct())
        {
            allowed.UnionWith((await partners.FindAsync(ocid, cancellationToken))?.RedirectHosts ?? []);
        }
        var refused = new[] { ("urls.success", urls.Success), ("urls.cancel", urls.Cancel) }
            .Where(entry => !allowed.Contains(entry.Item2.Host))
            .Select(entry => $"{entry.Item1} host {entry.Item2.Host}")
            .ToList();
        return refused.Count == 0 ? Result.Success() : OrderErrors.RedirectHostsNotAllowed(refused, gateway, merchant);
    }
}
