using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Infrastructure.Crypto;

namespace OpenCharge.Checkout.Sandbox.Identities;

/// <summary>
/// The Demo Store's and the Demo Gateway's keys. Each is its own OCID with its own key, generated on first start and
/// kept sealed beside ours, so their metadata (and every signature a peer cached) survives restarts.
/// </summary>
internal sealed class SandboxIdentities(IOptions<SandboxOptions> options, SigningKeyStore keys, ISecp256k1 secp256k1)
{
    public const string MerchantKeyName = "sandbox-merchant-key";
    public const string GatewayKeyName = "sandbox-gateway-key";

    private KeyPairSigner? _merchant;
    private KeyPairSigner? _gateway;

    public IProtocolSigner Merchant => _merchant ?? throw NotLoaded();

    public IProtocolSigner Gateway => _gateway ?? throw NotLoaded();

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var sandbox = options.Value;
        _merchant = new KeyPairSigner(new Ocid(sandbox.MerchantOcid), await keys.LoadOrCreateAsync(MerchantKeyName, cancellationToken), secp256k1);
        _gateway = new KeyPairSigner(new Ocid(sandbox.GatewayOcid), await keys.LoadOrCreateAsync(GatewayKeyName, cancellationToken), secp256k1);
    }

    private static InvalidOperationException NotLoaded() => new("The sandbox keys have not been loaded yet.");
}
