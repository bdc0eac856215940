namespace OpenCharge.Checkout.Infrastructure.Crypto;

/// <summary>A secret (such as our signing key) stored only in AEAD-sealed form.</summary>
internal sealed class SealedSecret
{
    public string Name { get; init; } = "";

    public byte[] Nonce { get; init; } = [];

    public byte[] Ciphertext { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; }

    public const int MaxNameLength = 64;
}
