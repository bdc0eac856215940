using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Peers;

namespace OpenCharge.Checkout.Domain.Merchants;

/// <summary>
/// The public key an OCID publishes in its registry metadata: the same registry look-up protocol requests use, never an
/// address the user supplies (endpoints.md C7).
/// </summary>
internal static class RegistryKey
{
    public static async Task<Result<string>> FindAsync(IPeerDirectory peers, Ocid ocid, bool refresh, CancellationToken cancellationToken) =>
        await peers.FindAsync(ocid, refresh, cancellationToken) switch
        {
            PeerLookup.Found found => found.Metadata.PublicKey,
            PeerLookup.Unavailable unavailable => OnboardingErrors.RegistryUnavailable(ocid, unavailable.Reason),
            _ => OnboardingErrors.UnknownOcid(ocid),
        };
}
