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
        await AllowPartnerHostsAsync(partners, gateway, allowed, cancellationToken);
        if (merchant != gateway)
        {
            await AllowPartnerHostsAsync(partners, merchant, allowed, cancellationToken);
        }
        List<string> refused = [];
        Refuse(refused, allowed, "urls.success", urls.Success);
        Refuse(refused, allowed, "urls.cancel", urls.Cancel);
        return refused.Count == 0 ? Result.Success() : OrderErrors.RedirectHostsNotAllowed(refused, gateway, merchant);
    }

    private static async Task AllowPartnerHostsAsync(IPartners partners, Ocid? ocid, HashSet<string> allowed, CancellationToken cancellationToken)
    {
        if (ocid is { } partner && await partners.FindAsync(partner, cancellationToken) is { } found)
        {
            allowed.UnionWith(found.RedirectHosts);
        }
    }

    private static void Refuse(List<string> refused, HashSet<string> allowed, string field, Uri url)
    {
        if (!allowed.Contains(url.Host))
        {
            refused.Add($"{field} host {url.Host}");
        }
    }
}
