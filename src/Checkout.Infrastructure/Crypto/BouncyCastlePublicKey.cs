using OpenCharge.Checkout.Domain.Signing;

using Org.BouncyCastle.Crypto.Parameters;

namespace OpenCharge.Checkout.Infrastructure.Crypto;

/// <summary>
/// A key decoded by <see cref="BouncyCastleSecp256k1"/>. Keeping the parameters keeps the point's multiplication table,
/// which BouncyCastle caches on the point at its first verify; decoding per verify rebuilt it every time.
/// </summary>
internal sealed class BouncyCastlePublicKey(string published, ECPublicKeyParameters parameters) : ISecp256k1PublicKey
{
    public string Published { get; } = published;

    public ECPublicKeyParameters Parameters { get; } = parameters;
}
