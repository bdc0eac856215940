using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

using NSec.Cryptography;

namespace OpenCharge.Checkout.Infrastructure.Crypto;

/// <summary>
/// Seals secrets at rest under a 32-byte key-encryption key with XChaCha20-Poly1305. The secret's name is the
/// associated data, so a ciphertext copied onto another secret's row fails to open. The 24-byte nonce is
/// random: large enough that random nonces never collide in practice, unlike the 12 bytes of ChaCha20-Poly1305.
/// </summary>
internal sealed class SecretSealer : IDisposable
{
    private static readonly AeadAlgorithm Algorithm = AeadAlgorithm.XChaCha20Poly1305;

    private readonly Key _key;

    public SecretSealer(ReadOnlySpan<byte> masterKey)
    {
        if (masterKey.Length != Algorithm.KeySize)
        {
            throw new ArgumentException($"The master key must be {Algorithm.KeySize} bytes.", nameof(masterKey));
        }
        _key = Key.Import(Algorithm, masterKey, KeyBlobFormat.RawSymmetricKey);
    }

    public (byte[] Nonce, byte[] Ciphertext) Seal(string name, ReadOnlySpan<byte> plaintext)
    {
        byte[] nonce = RandomNumberGenerator.GetBytes(Algorithm.NonceSize);
        byte[] ciphertext = Algorithm.Encrypt(_key, nonce, Encoding.UTF8.GetBytes(name), plaintext);
        return (nonce, ciphertext);
    }

    /// <summary>False when the nonce, ciphertext or name differ from what was sealed, or another key sealed it.</summary>
    public bool TryOpen(string name, ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> ciphertext, [NotNullWhen(true)] out byte[]? plaintext)
    {
        // NSec answers null (never throws) for a wrong nonce size or a ciphertext shorter than the tag, too.
        plaintext = Algorithm.Decrypt(_key, nonce, Encoding.UTF8.GetBytes(name), ciphertext);
        return plaintext is not null;
    }

    public void Dispose() => _key.Dispose();
}
