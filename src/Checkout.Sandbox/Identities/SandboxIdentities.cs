using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.Sandbox.Webhooks;

namespace OpenCharge.Checkout.Sandbox.Identities;

/// <summary>
/// The sandbox peers' keys. Each is its own OCID with its own key, generated on first start and kept sealed beside
/// ours, so their metadata (and every signature a peer cached) survives restarts.
/// </summary>
internal sealed class SandboxIdentities(IOptions<SandboxOptions> options, SigningKeyStore keys, ISecp256k1 secp256k1)
{
    public const string MerchantKeyName = "sandbox-merchant-key";
    public const string GatewayKeyName = "sandbox-gateway-key";

    private readonly Dictionary<SandboxPeer, KeyPairSigner> _signers = [];

    public IProtocolSigner Merchant => Of(SandboxPeer.Store);

    public IProtocolSigner Gateway => Of(SandboxPeer.Gateway);

    public IProtocolSigner Of(SandboxPeer peer) =>
        _signers.TryGetValue(peer, out var signer) ? signer : throw new InvalidOperationException("The sandbox keys have not been loaded yet.");

    /// <summary>The sealed secret's name: the first two keep the names they were created under.</summary>
    public static string KeyName(SandboxPeer peer) => peer switch
    {
        SandboxPeer.Store => MerchantKeyName,
        SandboxPeer.Gateway => GatewayKeyName,
        _ => $"sandbox-{peer.ToString().ToLowerInvariant()}-key",
    };

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var sandbox = options.Value;
        (SandboxPeer Peer, long Ocid)[] identities =
        [
            (SandboxPeer.Store, sandbox.MerchantOcid),
            (SandboxPeer.Gateway, sandbox.GatewayOcid),
            (SandboxPeer.Bank, sandbox.BankOcid),
            (SandboxPeer.Exchange, sandbox.ExchangeOcid),
            (SandboxPeer.Switch, sandbox.SwitchOcid),
        ];
        foreach (var (peer, ocid) in identities)
        {
            _signers[peer] = new KeyPairSigner(new Ocid(ocid), await keys.LoadOrCreateAsync(KeyName(peer), cancellationToken), secp256k1);
        }
    }
}
