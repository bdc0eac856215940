using OpenCharge.Checkout.Domain.Signing;

namespace OpenCharge.Checkout.Infrastructure.Crypto;

/// <summary>A key decoded by <see cref="NativeSecp256k1"/>: libsecp256k1's opaque 64-byte <c>secp256k1_pubkey</c>.</summary>
internal sealed class NativePublicKey(string published, byte[] parsed) : ISecp256k1PublicKey
{
    public string Published { get; } = published;

    public ReadOnlySpan<byte> Parsed => parsed;
}
