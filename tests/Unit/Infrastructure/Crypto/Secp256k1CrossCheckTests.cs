using OpenCharge.Checkout.Infrastructure.Crypto;

using Org.BouncyCastle.Math;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Crypto;

/// <summary>
/// The native backend held to BouncyCastle, the reference, on 10,000 random keys and messages: RFC 6979 is
/// deterministic, so the two must agree byte for byte, and on every malformed or high-S input they must agree on the
/// verdict. Both sides run in parallel so the 10,000 cases take seconds.
/// </summary>
public sealed class Secp256k1CrossCheckTests
{
    private const int CaseCount = 10_000;
    private const int MutatedCaseCount = 300;

    private static readonly BouncyCastleSecp256k1 Reference = new();
    private static readonly NativeSecp256k1 Native = new();

    [Fact]
    public void SignDeriveVerify_RandomKeys_BothBackendsAgreeByteForByte()
    {
        var disagreements = RandomCases(CaseCount).AsParallel()
            .Select(Disagreement)
            .OfType<string>()
            .ToArray();

        Assert.Empty(disagreements);
    }

    [Fact]
    public void Verify_MutatedKeysAndSignatures_SameVerdictInBothBackends()
    {
        var disagreements = RandomCases(MutatedCaseCount).AsParallel()
            .SelectMany(Mutations)
            .Where(m => Reference.Verify(m.PublicKey, m.Message, m.Signature) != Native.Verify(m.PublicKey, m.Message, m.Signature)
                || Reference.CanVerify(m.Signature) != Native.CanVerify(m.Signature)
                || (Reference.DecodePublicKey(m.PublicKey) is null) != (Native.DecodePublicKey(m.PublicKey) is null))
            .Select(m => $"{m.Name}: key {m.PublicKey}, signature {m.Signature}")
            .ToArray();

        Assert.Empty(disagreements);
    }

    [Fact]
    public void Verify_HighSOfEverySignature_RefusedByBoth()
    {
        var accepted = RandomCases(MutatedCaseCount).AsParallel()
            .Where(c =>
            {
                string publicKey = Native.DerivePublicKey(c.PrivateKey);
                var (r, s, v) = Secp256k1Reference.Split(Native.Sign(c.PrivateKey, c.Message));
                string highS = Secp256k1Reference.Join(r, Secp256k1Reference.N.Subtract(s), v);
                return Reference.Verify(publicKey, c.Message, highS) || Native.Verify(publicKey, c.Message, highS)
                    || Reference.CanVerify(highS) || Native.CanVerify(highS);
            })
            .Select(c => c.Index)
            .ToArray();

        Assert.Empty(accepted);
    }

    private static string? Disagreement(Case c)
    {
        string referenceKey = Reference.DerivePublicKey(c.PrivateKey);
        string nativeKey = Native.DerivePublicKey(c.PrivateKey);
        string referenceSignature = Reference.Sign(c.PrivateKey, c.Message);
        string nativeSignature = Native.Sign(c.PrivateKey, c.Message);
        if (referenceKey != nativeKey || referenceSignature != nativeSignature)
        {
            return $"case {c.Index}: BouncyCastle derived {referenceKey} and signed {referenceSignature}; native {nativeKey}, {nativeSignature}";
        }
        if (!Native.Verify(referenceKey, c.Message, referenceSignature))
        {
            return $"case {c.Index}: native refused BouncyCastle's signature";
        }
        return Reference.Verify(nativeKey, c.Message, nativeSignature) ? null : $"case {c.Index}: BouncyCastle refused the native signature";
    }

    /// <summary>Each way a peer's key or signature can be off: other forms, flipped bits, cut short, malleated, DER.</summary>
    private static IEnumerable<Mutation> Mutations(Case c)
    {
        string publicKey = Native.DerivePublicKey(c.PrivateKey);
        string signature = Native.Sign(c.PrivateKey, c.Message);
        var (r, s, _) = Secp256k1Reference.Split(signature);
        var random = new Random(c.Index);
        int flipped = random.Next(signature.Length);
        int flippedKeyDigit = random.Next(publicKey.Length);

        yield return new("valid", publicKey, c.Message, signature);
        yield return new("compressed key", Secp256k1Reference.Compress(publicKey), c.Message, signature);
        yield return new("04 key", "04" + publicKey, c.Message, signature);
        yield return new("flipped key digit", FlipDigit(publicKey, flippedKeyDigit), c.Message, signature);
        yield return new("flipped compressed key digit", FlipDigit(Secp256k1Reference.Compress(publicKey), 2 + (flippedKeyDigit % 64)), c.Message, signature);
        yield return new("flipped signature digit", publicKey, c.Message, FlipDigit(signature, flipped));
        yield return new("without v", publicKey, c.Message, signature[..128]);
        yield return new("cut short", publicKey, c.Message, signature[..random.Next(signature.Length)]);
        yield return new("DER", publicKey, c.Message, Secp256k1Reference.ToDerHex(r, s));
        yield return new("high-S DER", publicKey, c.Message, Secp256k1Reference.ToDerHex(r, Secp256k1Reference.N.Subtract(s)));
        yield return new("r + n", publicKey, c.Message, Secp256k1Reference.ToDerHex(r.Add(Secp256k1Reference.N), s));
        yield return new("zero s", publicKey, c.Message, Secp256k1Reference.Join(r, BigInteger.Zero, 0x1b));
        yield return new("other message", publicKey, [.. c.Message, 0x00], signature);
    }

    private static string FlipDigit(string hex, int index) =>
        string.Concat(hex.AsSpan(0, index), (Convert.ToInt32(hex[index].ToString(), 16) ^ 0x1).ToString("x"), hex.AsSpan(index + 1));

    private static IEnumerable<Case> RandomCases(int count)
    {
        // Seeded so a failure reproduces; 32 random bytes fall outside 1..n-1 with odds ~2^-128.
        var random = new Random(20261202);
        for (int i = 0; i < count; i++)
        {
            byte[] privateKey = new byte[32];
            byte[] message = new byte[random.Next(0, 300)];
            random.NextBytes(privateKey);
            random.NextBytes(message);
            yield return new Case(i, privateKey, message);
        }
    }

    private sealed record Case(int Index, byte[] PrivateKey, byte[] Message);

    private sealed record Mutation(string Name, string PublicKey, byte[] Message, string Signature);
}
