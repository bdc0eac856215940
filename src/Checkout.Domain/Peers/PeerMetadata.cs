using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Signing;

namespace OpenCharge.Checkout.Domain.Peers;

/// <summary>What a peer publishes about itself in its metadata document (objects.md §9), already validated.</summary>
public sealed record PeerMetadata(
    Ocid Ocid,
    string Name,
    string Endpoint,
    string PublicKey,
    IReadOnlyList<string> Capabilities,
    PeerSettlement Settlement)
{
    public string? Icon { get; init; }

    /// <summary>gaps.md G9: a key that signatures may still use during a rotation grace window.</summary>
    public string? PreviousKey { get; init; }

    public DateTimeOffset? KeyRotatedAt { get; init; }

    /// <summary>
    /// <see cref="PublicKey"/> as decoded once when the registry read the document, so that it lives and expires with
    /// the cached entry and verifying a peer's requests decodes nothing. Null when the key does not decode.
    /// </summary>
    public ISecp256k1PublicKey? DecodedPublicKey { get; init; }

    /// <summary><see cref="PreviousKey"/> decoded likewise.</summary>
    public ISecp256k1PublicKey? DecodedPreviousKey { get; init; }
}

public sealed record PeerSettlement(IReadOnlyList<string> Currencies, IReadOnlyList<Ocid> Accepts)
{
    public static readonly PeerSettlement None = new([], []);
}
