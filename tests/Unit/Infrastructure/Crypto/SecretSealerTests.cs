using System.Security.Cryptography;

using OpenCharge.Checkout.Infrastructure.Crypto;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Crypto;

public sealed class SecretSealerTests : IDisposable
{
    private const string Name = "signing-key";

    private static readonly byte[] Secret = Convert.FromHexString("1234567890abcdef1234567890abcdef1234567890abcdef1234567890abcdef");

    private readonly SecretSealer _sealer = new(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void TryOpen_SealedSecret_ReturnsOriginalBytes()
    {
        var (nonce, ciphertext) = _sealer.Seal(Name, Secret);

        bool opened = _sealer.TryOpen(Name, nonce, ciphertext, out byte[]? plaintext);

        Assert.True(opened);
        Assert.Equal(Secret, plaintext);
    }

    [Fact]
    public void Seal_Always_UsesA24ByteNonceAndAddsA16ByteTag()
    {
        var (nonce, ciphertext) = _sealer.Seal(Name, Secret);

        Assert.Equal(24, nonce.Length);
        Assert.Equal(Secret.Length + 16, ciphertext.Length);
    }

    [Fact]
    public void Seal_SameSecretTwice_UsesFreshNonces()
    {
        var first = _sealer.Seal(Name, Secret);

        var second = _sealer.Seal(Name, Secret);

        Assert.NotEqual(first.Nonce, second.Nonce);
        Assert.NotEqual(first.Ciphertext, second.Ciphertext);
    }

    [Fact]
    public void TryOpen_TamperedCiphertext_ReturnsFalse()
    {
        var (nonce, ciphertext) = _sealer.Seal(Name, Secret);
        ciphertext[5] ^= 0x01;

        bool opened = _sealer.TryOpen(Name, nonce, ciphertext, out byte[]? plaintext);

        Assert.False(opened);
        Assert.Null(plaintext);
    }

    [Fact]
    public void TryOpen_TamperedTag_ReturnsFalse()
    {
        var (nonce, ciphertext) = _sealer.Seal(Name, Secret);
        ciphertext[^1] ^= 0x80;

        bool opened = _sealer.TryOpen(Name, nonce, ciphertext, out _);

        Assert.False(opened);
    }

    [Fact]
    public void TryOpen_TamperedNonce_ReturnsFalse()
    {
        var (nonce, ciphertext) = _sealer.Seal(Name, Secret);
        nonce[0] ^= 0x01;

        bool opened = _sealer.TryOpen(Name, nonce, ciphertext, out _);

        Assert.False(opened);
    }

    [Fact]
    public void TryOpen_OtherName_ReturnsFalse()
    {
        var (nonce, ciphertext) = _sealer.Seal(Name, Secret);

        bool opened = _sealer.TryOpen("webhook-secret", nonce, ciphertext, out _);

        Assert.False(opened);
    }

    [Fact]
    public void TryOpen_OtherMasterKey_ReturnsFalse()
    {
        var (nonce, ciphertext) = _sealer.Seal(Name, Secret);
        using var otherSealer = new SecretSealer(RandomNumberGenerator.GetBytes(32));

        bool opened = otherSealer.TryOpen(Name, nonce, ciphertext, out _);

        Assert.False(opened);
    }

    [Fact]
    public void TryOpen_TruncatedCiphertext_ReturnsFalse()
    {
        var (nonce, ciphertext) = _sealer.Seal(Name, Secret);

        bool opened = _sealer.TryOpen(Name, nonce, ciphertext.AsSpan(0, 10), out _);

        Assert.False(opened);
    }

    [Fact]
    public void TryOpen_NonceOfWrongLength_ReturnsFalse()
    {
        var (nonce, ciphertext) = _sealer.Seal(Name, Secret);

        bool opened = _sealer.TryOpen(Name, nonce.AsSpan(0, 12), ciphertext, out _);

        Assert.False(opened);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(16)]
    [InlineData(31)]
    [InlineData(33)]
    public void Constructor_MasterKeyNot32Bytes_ThrowsArgumentException(int length)
    {
        var create = () => new SecretSealer(new byte[length]);

        Assert.Throws<ArgumentException>("masterKey", create);
    }

    public void Dispose() => _sealer.Dispose();
}
