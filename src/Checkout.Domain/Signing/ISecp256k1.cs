namespace OpenCharge.Checkout.Domain.Signing;

/// <summary>
/// ECDSA on secp256k1 over SHA-256 of a message, in the protocol's encodings (authentication.md §1):
/// public keys as 128 hex (X‖Y, no 04 prefix), signatures as 130 hex (r‖s‖v, v = 1b/1c).
/// </summary>
public interface ISecp256k1
{
    /// <summary>The 128-hex public key of a 32-byte private key.</summary>
    string DerivePublicKey(ReadOnlySpan<byte> privateKey);

    /// <summary>Signs SHA-256(message) with RFC 6979 deterministic k and low S; returns 130 lowercase hex.</summary>
    string Sign(ReadOnlySpan<byte> privateKey, ReadOnlySpan<byte> message);

    /// <summary>
    /// Verifies a signature over SHA-256(message). Accepts the lenient forms of gaps.md G4 (130/128 hex, DER hex;
    /// keys as 128 hex, 04+128 hex or 66-hex compressed) but, like libsecp256k1, rejects high-S signatures
    /// (docs/decisions.md). Malformed input returns false, never throws.
    /// </summary>
    bool Verify(string publicKey, ReadOnlySpan<byte> message, string signature);

    /// <summary>
    /// Decodes a public key in any form <see cref="Verify(string, ReadOnlySpan{byte}, string)"/> accepts, once, for
    /// repeated verifies. Null when it is malformed or not on the curve; never throws.
    /// </summary>
    ISecp256k1PublicKey? DecodePublicKey(string publicKey);

    /// <summary>
    /// <see cref="Verify(string, ReadOnlySpan{byte}, string)"/> with a key this backend decoded. A key decoded by another
    /// backend is a programming error and throws <see cref="ArgumentException"/>.
    /// </summary>
    bool Verify(ISecp256k1PublicKey publicKey, ReadOnlySpan<byte> message, string signature);

    /// <summary>
    /// Whether <see cref="Verify(string, ReadOnlySpan{byte}, string)"/> could accept this signature for some key and message: an accepted encoding with
    /// r and s in range and S low. It does no curve arithmetic, so a caller can refuse garbage before paying for a verify.
    /// </summary>
    bool CanVerify(string signature);
}
