using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Signing;

/// <summary>Our own Opencharge identity: signs requests, responses, proofs and metadata with our key.</summary>
public interface IProtocolSigner
{
    Ocid Ocid { get; }

    /// <summary>Our published 128-hex public key.</summary>
    string PublicKey { get; }

    /// <summary>130-hex signature of SHA-256(message).</summary>
    string Sign(ReadOnlySpan<byte> message);
}
