using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Web.Api.Capabilities.Contracts;
using OpenCharge.Checkout.Web.Api.Metadata;

namespace OpenCharge.Checkout.Web.Api.Capabilities;

/// <summary>
/// What one partner may use here, out of what is served. Hosted checkout is offered only to callers that can receive
/// its proof (they publish <c>transfer.webhook</c>, or publish no capability list at all, as flat legacy metadata does —
/// gaps.md G2).
/// </summary>
internal static class PartnerView
{
    public static CapabilitiesResponse For(PeerMetadata caller, OpenchargeOptions options, IReadOnlyList<string> served)
    {
        var canReceiveProofs = caller.Capabilities.Count == 0 || caller.Capabilities.Contains(OurCapabilities.TransferWebhook);
        var capabilities = served
            .Where(c => canReceiveProofs || c != OurCapabilities.CheckoutCreate)
            .ToArray();
        return new CapabilitiesResponse(options.Ocid, options.Name, capabilities, MetadataPublisher.SettlementTerms(options));
    }
}
