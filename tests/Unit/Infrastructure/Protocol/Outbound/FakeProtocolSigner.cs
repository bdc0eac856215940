using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.UnitTests.Builders;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Protocol.Outbound;

/// <summary>Our identity without the key store: a fixed OCID and key, signing with the real secp256k1 code.</summary>
internal sealed class FakeProtocolSigner(Ocid ocid, byte[] privateKey, ISecp256k1 secp256k1) : IProtocolSigner
{
    public Ocid Ocid => ocid;

    public string PublicKey => TestKeys.PublicKeyOf(privateKey);

    public string Sign(ReadOnlySpan<byte> message) => secp256k1.Sign(privateKey, message);
}
