using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Infrastructure.Crypto;

namespace OpenCharge.Checkout.UnitTests.Builders;

/// <summary>The real secp256k1, counting the verifies asked of it: the cost a peer can make us pay.</summary>
internal sealed class CountingSecp256k1 : ISecp256k1
{
    private readonly BouncyCastleSecp256k1 _inner = new();
    private int _verifies;
    private int _decodes;

    public int Verifies => _verifies;

    /// <summary>Public keys decoded, on their own or inside a verify by hex key.</summary>
    public int Decodes => _decodes;

    public string DerivePublicKey(ReadOnlySpan<byte> privateKey) => _inner.DerivePublicKey(privateKey);

    public string Sign(ReadOnlySpan<byte> privateKey, ReadOnlySpan<byte> message) => _inner.Sign(privateKey, message);

    public bool Verify(string publicKey, ReadOnlySpan<byte> message, string signature)
    {
        Interlocked.Increment(ref _verifies);
        Interlocked.Increment(ref _decodes);
        return _inner.Verify(publicKey, message, signature);
    }

    public ISecp256k1PublicKey? DecodePublicKey(string publicKey)
    {
        Interlocked.Increment(ref _decodes);
        return _inner.DecodePublicKey(publicKey);
    }

    public bool Verify(ISecp256k1PublicKey publicKey, ReadOnlySpan<byte> message, string signature)
    {
        Interlocked.Increment(ref _verifies);
        return _inner.Verify(publicKey, message, signature);
    }

    public bool CanVerify(string signature) => _inner.CanVerify(signature);
}
