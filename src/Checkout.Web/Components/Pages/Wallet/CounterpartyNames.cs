using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Web.Checkout;

namespace OpenCharge.Checkout.Web.Components.Pages.Wallet;

/// <summary>
/// The names of the merchants and services a wallet page mentions, as their registry metadata gives them (the
/// directory caches it), one look-up per OCID; the fallback where a name is not known.
/// </summary>
internal static class CounterpartyNames
{
    public static async Task<IReadOnlyDictionary<Ocid, string>> LookUpAsync(
        IPeerDirectory peers, IEnumerable<Ocid> ocids, Func<Ocid, string> fallback, CancellationToken cancellationToken)
    {
        var names = new Dictionary<Ocid, string>();
        foreach (var ocid in ocids.Distinct())
        {
            names[ocid] = (await MerchantBranding.LookUpAsync(peers, ocid, fallback(ocid), cancellationToken)).Name;
        }
        return names;
    }
}
