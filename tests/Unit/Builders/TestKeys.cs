using OpenCharge.Checkout.Infrastructure.Crypto;

namespace OpenCharge.Checkout.UnitTests.Builders;

/// <summary>Fixed secp256k1 key pairs, so a failing test prints the same keys on every run.</summary>
internal static class TestKeys
{
    private static readonly BouncyCastleSecp256k1 Secp = new();

    /// <summary>The worked-example key of authentication.md §8, standing for a peer.</summary>
    public static byte[] Peer => AuthenticationVectors.PrivateKey;

    /// <summary>The peer's next key after a rotation, or simply a key that is not the peer's.</summary>
    public static byte[] Other => Convert.FromHexString("0000000000000000000000000000000000000000000000000000000000000007");

    /// <summary>Our own key, for the requests we sign.</summary>
    public static byte[] Ours => Convert.FromHexString("00000000000000000000000000000000000000000000000000000000000000b1");

    public static string PublicKeyOf(byte[] privateKey) => Secp.DerivePublicKey(privateKey);

    public static string Sign(byte[] privateKey, string message) => Secp.Sign(privateKey, AuthenticationVectors.Utf8(message));
}
