using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Signing;

namespace OpenCharge.Checkout.UnitTests.Domain.Sessions.Fakes;

/// <summary>Us: OCID 200. Signing requests is not what these tests are about.</summary>
internal sealed class FakeProtocolSigner : IProtocolSigner
{
    public Ocid Ocid { get; } = new(200);

    public string PublicKey => new('0', 128);

    public string Sign(ReadOnlySpan<byte> message) => new('0', 130);
}
