using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Infrastructure.Configuration;

namespace OpenCharge.Checkout.Infrastructure.Crypto;

/// <summary>Our identity in memory. The key is loaded once at start (<see cref="InitializeAsync"/>) before serving.</summary>
internal sealed class LocalProtocolSigner(IOptions<OpenchargeOptions> options, ISecp256k1 secp256k1, SigningKeyStore store) : IProtocolSigner
{
    private KeyPairSigner? _key;

    public Ocid Ocid { get; } = new(options.Value.Ocid);

    public string PublicKey => Key.PublicKey;

    public async Task InitializeAsync(CancellationToken cancellationToken) =>
        _key = new KeyPairSigner(Ocid, await store.LoadOwnKeyAsync(cancellationToken), secp256k1);

    public string Sign(ReadOnlySpan<byte> message) => Key.Sign(message);

    private KeyPairSigner Key => _key ?? throw new InvalidOperationException("The signing key has not been loaded yet.");
}
