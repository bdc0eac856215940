using System.Security.Cryptography;
using System.Text.Json;

using OpenCharge.Checkout.Sandbox.Webhooks;

namespace OpenCharge.Checkout.Sandbox.Settlement;

/// <summary>
/// A completed <c>/transfer/create</c> at a sandbox settlement peer, with the proof it signed. Unique per caller on the
/// <c>Idempotency-Key</c> and on the (from.reference, to.reference) pair, so a repeat returns this proof and moves nothing.
/// </summary>
internal sealed class PeerTransfer
{
    public const int MaxKeyLength = 256;
    public const int ReferenceKeyLength = 64;

    public long Id { get; init; }

    public SandboxPeer Peer { get; init; }

    public string Txid { get; init; } = "";

    public long Caller { get; init; }

    public string? IdempotencyKey { get; init; }

    /// <summary>See <see cref="ReferenceKeyOf"/>.</summary>
    public string? ReferenceKey { get; init; }

    public long ToOcid { get; init; }

    public string? ToReference { get; init; }

    public string Amount { get; init; } = "";

    public string Currency { get; init; } = "";

    /// <summary>The canonical JSON of the proof, exactly the bytes <see cref="Signature"/> covers.</summary>
    public string ProofJson { get; init; } = "";

    public string Signature { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>
    /// SHA-256 (hex) of the JSON pair <c>[from.reference, to.reference]</c>: unambiguous whatever the references
    /// contain, and of fixed length however they are escaped. Null when the caller gave neither.
    /// </summary>
    public static string? ReferenceKeyOf(string? fromReference, string? toReference) =>
        fromReference is null && toReference is null
            ? null
            : Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(new[] { fromReference, toReference })));
}
