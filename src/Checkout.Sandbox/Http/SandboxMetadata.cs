using System.Collections.Concurrent;

using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Infrastructure.Protocol.Registry;
using OpenCharge.Checkout.Sandbox.Identities;
using OpenCharge.Checkout.Sandbox.Proofs;
using OpenCharge.Checkout.Sandbox.Settlement;
using OpenCharge.Checkout.Sandbox.Webhooks;

namespace OpenCharge.Checkout.Sandbox.Http;

/// <summary>
/// The sandbox peers' metadata documents, in the same nested signed-config form as ours (objects.md §9), each
/// signed with its own key. Built once, like ours: nothing in them changes while the process runs.
/// </summary>
internal sealed class SandboxMetadata
{
    /// <summary>Merchant capabilities (objects.md §10); <c>inventory.get</c> is the merchant OpenAPI's name for <c>GET /inventory</c>.</summary>
    public static readonly IReadOnlyList<string> StoreCapabilities = ["orders.create", "orders.status", "inventory.get", "transfer.webhook"];

    /// <summary>Merchant-gateway capabilities (objects.md §10).</summary>
    public static readonly IReadOnlyList<string> GatewayCapabilities = ["orders.checkout", "transfer.webhook"];

    private static readonly IReadOnlyList<string> Currencies = ["USD"];

    private readonly Lazy<byte[]> _store;
    private readonly Lazy<byte[]> _gateway;
    private readonly ConcurrentDictionary<SandboxPeer, Lazy<byte[]>> _settlementPeers = new();
    private readonly SandboxIdentities _identities;
    private readonly string _baseUrl;

    public SandboxMetadata(SandboxIdentities identities, SandboxProofPolicies policies, IOptions<SandboxOptions> sandbox, IOptions<OpenchargeOptions> opencharge)
    {
        var baseUrl = opencharge.Value.PublicBaseUrl;
        _identities = identities;
        _baseUrl = baseUrl;
        _store = new(() => Build(sandbox.Value.MerchantName, identities.Merchant, SandboxPaths.Absolute(baseUrl, SandboxPaths.StoreEndpoint), StoreCapabilities, policies.StoreAccepts));
        _gateway = new(() => Build(sandbox.Value.GatewayName, identities.Gateway, SandboxPaths.Absolute(baseUrl, SandboxPaths.GatewayEndpoint), GatewayCapabilities, policies.GatewayAccepts));
    }

    public byte[] Store => _store.Value;

    public byte[] Gateway => _gateway.Value;

    /// <summary>A settlement peer's document: exactly the capabilities it serves, and whose proofs it settles with.</summary>
    public byte[] Of(SettlementPeerProfile peer) => _settlementPeers.GetOrAdd(peer.Peer, _ => new(() => Build(
        peer.Name, _identities.Of(peer.Peer), SandboxPaths.Absolute(_baseUrl, peer.BasePath), peer.Capabilities, peer.Accepts))).Value;

    private static byte[] Build(string name, IProtocolSigner signer, string endpoint, IReadOnlyList<string> capabilities, IReadOnlyList<long> accepts) =>
        MetadataDocumentWriter.Write(name, new { publicKey = signer.PublicKey, endpoint, capabilities, settlement = new { currencies = Currencies, accepts } }, signer);
}
