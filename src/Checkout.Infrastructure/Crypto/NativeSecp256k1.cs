using System.Security.Cryptography;

using OpenCharge.Checkout.Domain.Signing;

using Secp256k1Net;

using static OpenCharge.Checkout.Infrastructure.Crypto.SignatureForms;

namespace OpenCharge.Checkout.Infrastructure.Crypto;

/// <summary>
/// secp256k1 ECDSA on native libsecp256k1 through Secp256k1.Net, which ships the library for linux-x64 itself. It is
/// the library the reference SDK's npm <c>secp256k1</c> wraps, so RFC 6979 k, low S and the refusal of high S are its
/// own rather than reproduced. The tests hold it to <see cref="BouncyCastleSecp256k1"/> byte for byte.
/// </summary>
internal sealed class NativeSecp256k1 : ISecp256k1, IDisposable
{
    // secp256k1_pubkey and secp256k1_ecdsa_signature are opaque 64-byte structs; a recoverable signature adds a byte.
    private const int ParsedLength = 64;
    private const int ParsedRecoverableLength = 65;
    private const int DigestLength = 32;

    // One context for all threads: libsecp256k1 lets threads share a context for every call that takes it as const,
    // which is every call made here (only randomising or destroying it needs exclusive access).
    private readonly Secp256k1 _native = new();

    public void Dispose() => _native.Dispose();

    public string DerivePublicKey(ReadOnlySpan<byte> privateKey)
    {
        RequireValid(privateKey);
        Span<byte> parsed = stackalloc byte[ParsedLength];
        _native.EcPubkeyCreate(parsed, privateKey);
        Span<byte> serialized = stackalloc byte[PublicKeyForms.UncompressedLength];
        nuint length = PublicKeyForms.UncompressedLength;
        _native.EcPubkeySerialize(serialized, ref length, parsed, Secp256k1EcFlags.Uncompressed);
        return Convert.ToHexStringLower(serialized[1..]);
    }

    public string Sign(ReadOnlySpan<byte> privateKey, ReadOnlySpan<byte> message)
    {
        RequireValid(privateKey);
        Span<byte> digest = stackalloc byte[DigestLength];
        SHA256.HashData(message, digest);
        Span<byte> recoverable = stackalloc byte[ParsedRecoverableLength];
        // The default nonce function is RFC 6979 without extra entropy, and libsecp256k1 always signs with low S.
        if (!_native.EcdsaSignRecoverable(recoverable, digest, privateKey))
        {
            throw new CryptographicException("libsecp256k1 could not sign.");
        }

        Span<byte> encoded = stackalloc byte[RecoverableLength];
        _native.EcdsaRecoverableSignatureSerializeCompact(encoded[..CompactLength], out var recoveryId, recoverable);
        encoded[CompactLength] = RecoveryByte(recoveryId);
        return Convert.ToHexStringLower(encoded);
    }

    public bool Verify(string publicKey, ReadOnlySpan<byte> message, string signature) =>
        DecodePublicKey(publicKey) is { } key && Verify(key, message, signature);

    public ISecp256k1PublicKey? DecodePublicKey(string publicKey)
    {
        Span<byte> sec1 = stackalloc byte[PublicKeyForms.UncompressedLength];
        if (!PublicKeyForms.TryDecode(publicKey, sec1, out var length))
        {
            return null;
        }

        // Rejects coordinates >= p, points off the curve and x without a square root.
        var parsed = new byte[ParsedLength];
        return _native.EcPubkeyParse(parsed, sec1[..length]) ? new NativePublicKey(publicKey, parsed) : null;
    }

    public bool Verify(ISecp256k1PublicKey publicKey, ReadOnlySpan<byte> message, string signature)
    {
        if (publicKey is not NativePublicKey key)
        {
            throw new ArgumentException("The key was decoded by another secp256k1 backend.", nameof(publicKey));
        }
        if (signature is null)
        {
            return false;
        }

        Span<byte> digest = stackalloc byte[DigestLength];
        SHA256.HashData(message, digest);
        Span<byte> parsed = stackalloc byte[ParsedLength];
        // DER first, as in BouncyCastleSecp256k1. ecdsa_verify refuses high S and a zero r or s (which is what a DER
        // integer >= n or negative parses to).
        return (TryParseDer(signature, parsed) && _native.EcdsaVerify(parsed, digest, key.Parsed))
            || (TryParseCompact(signature, parsed) && _native.EcdsaVerify(parsed, digest, key.Parsed));
    }

    public bool CanVerify(string signature)
    {
        Span<byte> parsed = stackalloc byte[ParsedLength];
        return signature is not null
            && ((TryParseDer(signature, parsed) && IsVerifiable(parsed))
                || (TryParseCompact(signature, parsed) && IsVerifiable(parsed)));
    }

    /// <summary>r and s non-zero (r, s >= n never parse from compact, and parse as zero from DER) and S low.</summary>
    private bool IsVerifiable(ReadOnlySpan<byte> parsed)
    {
        Span<byte> compact = stackalloc byte[CompactLength];
        _native.EcdsaSignatureSerializeCompact(compact, parsed);
        Span<byte> normalized = stackalloc byte[ParsedLength];
        return compact[..ScalarLength].ContainsAnyExcept((byte)0)
            && compact[ScalarLength..].ContainsAnyExcept((byte)0)
            && !_native.EcdsaSignatureNormalize(normalized, parsed);
    }

    private bool TryParseDer(string hex, Span<byte> parsed)
    {
        Span<byte> der = stackalloc byte[MaxDerLength];
        return SignatureForms.TryDecodeDer(hex, der, out var length)
            && _native.EcdsaSignatureParseDer(parsed, der[..length]);
    }

    private bool TryParseCompact(string hex, Span<byte> parsed)
    {
        Span<byte> compact = stackalloc byte[CompactLength];
        return SignatureForms.TryDecodeCompact(hex, compact)
            && _native.EcdsaSignatureParseCompact(parsed, compact);
    }

    private void RequireValid(ReadOnlySpan<byte> privateKey)
    {
        // Our own key being invalid is a configuration bug, not a peer's bad input, so it throws.
        if (privateKey.Length != Secp256k1Parameters.ScalarLength)
        {
            throw new ArgumentException($"A secp256k1 private key is {Secp256k1Parameters.ScalarLength} bytes.", nameof(privateKey));
        }
        if (!_native.EcSeckeyVerify(privateKey))
        {
            throw new ArgumentException("A secp256k1 private key must be in 1..n-1.", nameof(privateKey));
        }
    }
}
