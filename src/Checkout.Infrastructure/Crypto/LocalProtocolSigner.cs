using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Infrastructure.Configuration;

namespace OpenCharge.Checkout.Infrastructure.Crypto;

/// <summary>Our identity in memory. The key is loaded once at start (<see cref="InitializeAsync"/>) before serving.</summary>
internal sealed class LocalProtocolSigner(IOptions<OpenchargeOptions> options, ISecp256k1 secp256k1, SigningKeyStore store) : IProtocolSigner
{
    private byte[]? _privateKey;
    private string? _publicKey;

    public Ocid Ocid { get; } = new(options.Value.Ocid);

    public string PublicKey => _publicKey ?? throw NotInitialized();

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var key = await store.LoadOwnKeyAsync(cancellationToken);
        _publicKey = secp256k1.DerivePublicKey(key);
        _privateKey = key;
    }

    public string Sign(ReadOnlySpan<byte> message) => secp256k1.Sign(_privateKey ?? throw NotInitialized(), message);

    private static InvalidOperationException NotInitialized() => new("The signing key has not been loaded yet.");
}
