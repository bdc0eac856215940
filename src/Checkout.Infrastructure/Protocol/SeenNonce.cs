namespace OpenCharge.Checkout.Infrastructure.Protocol;

/// <summary>A request nonce already used by a peer; the primary key (ocid, nonce) is what blocks a replay.</summary>
internal sealed class SeenNonce
{
    public long Ocid { get; init; }

    public string Nonce { get; init; } = "";

    public DateTimeOffset SeenAt { get; init; }

    public const int MaxNonceLength = 128;
}
