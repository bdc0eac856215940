using OpenCharge.Checkout.Domain.Signing;

using static OpenCharge.Checkout.UnitTests.Builders.AuthenticationVectors;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Crypto;

/// <summary>The whole <see cref="ISecp256k1"/> contract, run against each backend by a subclass.</summary>
public abstract class Secp256k1ContractTests(ISecp256k1 secp256k1)
{
    private const string SecpOrderHex = "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141";

    private readonly ISecp256k1 _secp256k1 = secp256k1;

    public static TheoryData<string, string> Vectors => SignedMessages;

    [Fact]
    public void DerivePublicKey_TestKey_MatchesVector()
    {
        string publicKey = _secp256k1.DerivePublicKey(PrivateKey);

        Assert.Equal(PublicKey, publicKey);
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Sign_Vector_ReturnsVectorSignature(string message, string signature)
    {
        string signed = _secp256k1.Sign(PrivateKey, Utf8(message));

        Assert.Equal(signature, signed);
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Verify_VectorSignature_ReturnsTrue(string message, string signature)
    {
        bool isValid = _secp256k1.Verify(PublicKey, Utf8(message), signature);

        Assert.True(isValid);
    }

    [Fact]
    public void Verify_TamperedMessageByte_ReturnsFalse()
    {
        byte[] message = Utf8(Request.Canonical);
        message[^1] ^= 0x01;

        bool isValid = _secp256k1.Verify(PublicKey, message, Request.Signature);

        Assert.False(isValid);
    }

    [Fact]
    public void Verify_WrongKey_ReturnsFalse()
    {
        string otherKey = _secp256k1.DerivePublicKey(Convert.FromHexString("00000000000000000000000000000000000000000000000000000000000000ff"));

        bool isValid = _secp256k1.Verify(otherKey, Utf8(Request.Canonical), Request.Signature);

        Assert.False(isValid);
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Verify_HighSVersionOfValidSignature_ReturnsFalse(string message, string signature)
    {
        var (r, s, v) = Secp256k1Reference.Split(signature);
        var highS = Secp256k1Reference.N.Subtract(s);
        Assert.True(Secp256k1Reference.IsValidEcdsa(PublicKey, Utf8(message), r, highS));

        bool isValid = _secp256k1.Verify(PublicKey, Utf8(message), Secp256k1Reference.Join(r, highS, v == 0x1b ? (byte)0x1c : (byte)0x1b));

        Assert.False(isValid);
    }

    [Fact]
    public void Verify_HighSDerSignature_ReturnsFalse()
    {
        var (r, s, _) = Secp256k1Reference.Split(Request.Signature);

        bool isValid = _secp256k1.Verify(PublicKey, Utf8(Request.Canonical), Secp256k1Reference.ToDerHex(r, Secp256k1Reference.N.Subtract(s)));

        Assert.False(isValid);
    }

    [Fact]
    public void Verify_CompactWithoutV_ReturnsTrue()
    {
        bool isValid = _secp256k1.Verify(PublicKey, Utf8(Request.Canonical), Request.Signature[..128]);

        Assert.True(isValid);
    }

    [Theory]
    [InlineData("00")]
    [InlineData("01")]
    [InlineData("1b")]
    [InlineData("1c")]
    [InlineData("1C")]
    public void Verify_AcceptedVByte_ReturnsTrue(string v)
    {
        bool isValid = _secp256k1.Verify(PublicKey, Utf8(Request.Canonical), Request.Signature[..128] + v);

        Assert.True(isValid);
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Verify_DerHexSignature_ReturnsTrue(string message, string signature)
    {
        var (r, s, _) = Secp256k1Reference.Split(signature);

        bool isValid = _secp256k1.Verify(PublicKey, Utf8(message), Secp256k1Reference.ToDerHex(r, s));

        Assert.True(isValid);
    }

    [Fact]
    public void Verify_UppercaseHex_ReturnsTrue()
    {
        bool isValid = _secp256k1.Verify(PublicKey.ToUpperInvariant(), Utf8(Request.Canonical), Request.Signature.ToUpperInvariant());

        Assert.True(isValid);
    }

    [Fact]
    public void Verify_CompressedPublicKey_ReturnsTrue()
    {
        string compressed = Secp256k1Reference.Compress(PublicKey);

        bool isValid = _secp256k1.Verify(compressed, Utf8(Request.Canonical), Request.Signature);

        Assert.True(isValid);
    }

    [Fact]
    public void Verify_PublicKeyWith04Prefix_ReturnsTrue()
    {
        bool isValid = _secp256k1.Verify("04" + PublicKey, Utf8(Request.Canonical), Request.Signature);

        Assert.True(isValid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1b")]
    [InlineData("0x08bb6427e9df77920b3c08ba65e7b4d02436ce449441060198a5084f3ca7e82e6c33455681ed53a9125fd2616428a6fb0ecd59e8fc3459175f8759e15e37e9c1")]
    [InlineData(" 08bb6427e9df77920b3c08ba65e7b4d02436ce449441060198a5084f3ca7e82e6c33455681ed53a9125fd2616428a6fb0ecd59e8fc3459175f8759e15e37e9c11b")]
    [InlineData("08bb6427e9df77920b3c08ba65e7b4d02436ce449441060198a5084f3ca7e82e6c33455681ed53a9125fd2616428a6fb0ecd59e8fc3459175f8759e15e37e9c11")]
    [InlineData("08bb6427e9df77920b3c08ba65e7b4d02436ce449441060198a5084f3ca7e82e6c33455681ed53a9125fd2616428a6fb0ecd59e8fc3459175f8759e15e37e9c11b00")]
    [InlineData("08bb6427e9df77920b3c08ba65e7b4d02436ce449441060198a5084f3ca7e82e6c33455681ed53a9125fd2616428a6fb0ecd59e8fc3459175f8759e15e37e9")]
    [InlineData("g8bb6427e9df77920b3c08ba65e7b4d02436ce449441060198a5084f3ca7e82e6c33455681ed53a9125fd2616428a6fb0ecd59e8fc3459175f8759e15e37e9c11b")]
    [InlineData("08bb6427e9df77920b3c08ba65e7b4d02436ce449441060198a5084f3ca7e82e6c33455681ed53a9125fd2616428a6fb0ecd59e8fc3459175f8759e15e37e9c11d")]
    [InlineData("08bb6427e9df77920b3c08ba65e7b4d02436ce449441060198a5084f3ca7e82e6c33455681ed53a9125fd2616428a6fb0ecd59e8fc3459175f8759e15e37e9c102")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000" + "6c33455681ed53a9125fd2616428a6fb0ecd59e8fc3459175f8759e15e37e9c1" + "1b")]
    [InlineData("08bb6427e9df77920b3c08ba65e7b4d02436ce449441060198a5084f3ca7e82e" + "0000000000000000000000000000000000000000000000000000000000000000" + "1b")]
    [InlineData(SecpOrderHex + "6c33455681ed53a9125fd2616428a6fb0ecd59e8fc3459175f8759e15e37e9c1" + "1b")]
    [InlineData("3006020100020100")]
    [InlineData("30060201ff020101")]
    [InlineData("3007020101020101")]
    [InlineData("300702020001020101")]
    [InlineData("30440220" + "08bb6427e9df77920b3c08ba65e7b4d02436ce449441060198a5084f3ca7e82e" + "0220" + "6c33455681ed53a9125fd2616428a6fb0ecd59e8fc3459175f8759e15e37e9c1" + "00")]
    public void Verify_MalformedSignature_ReturnsFalse(string signature)
    {
        bool isValid = _secp256k1.Verify(PublicKey, Utf8(Request.Canonical), signature);

        Assert.False(isValid);
    }

    [Theory]
    [InlineData("1b")]
    [InlineData("08bb6427e9df77920b3c08ba65e7b4d02436ce449441060198a5084f3ca7e82e6c33455681ed53a9125fd2616428a6fb0ecd59e8fc3459175f8759e15e37e9c102")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000" + "6c33455681ed53a9125fd2616428a6fb0ecd59e8fc3459175f8759e15e37e9c1" + "1b")]
    [InlineData(SecpOrderHex + "6c33455681ed53a9125fd2616428a6fb0ecd59e8fc3459175f8759e15e37e9c1" + "1b")]
    [InlineData("3006020100020100")]
    [InlineData("30060201ff020101")]
    [InlineData("300702020001020101")]
    public void CanVerify_UnverifiableSignature_ReturnsFalse(string signature)
    {
        bool canVerify = _secp256k1.CanVerify(signature);

        Assert.False(canVerify);
    }

    [Theory]
    [InlineData(Request.Signature)]
    [InlineData(EmptyGet.Signature)]
    [InlineData(Response.Signature)]
    public void CanVerify_VectorSignatureInEachForm_ReturnsTrue(string signature)
    {
        var (r, s, _) = Secp256k1Reference.Split(signature);

        Assert.True(_secp256k1.CanVerify(signature));
        Assert.True(_secp256k1.CanVerify(signature[..128]));
        Assert.True(_secp256k1.CanVerify(Secp256k1Reference.ToDerHex(r, s)));
    }

    [Fact]
    public void CanVerify_HighSSignature_ReturnsFalse()
    {
        var (r, s, _) = Secp256k1Reference.Split(Request.Signature);

        bool canVerify = _secp256k1.CanVerify(Secp256k1Reference.Join(r, Secp256k1Reference.N.Subtract(s), null));

        Assert.False(canVerify);
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void VerifyDecodedKey_VectorInEachKeyForm_ReturnsTrue(string message, string signature)
    {
        string[] forms = [PublicKey, "04" + PublicKey, Secp256k1Reference.Compress(PublicKey)];

        foreach (var form in forms)
        {
            var key = _secp256k1.DecodePublicKey(form);

            Assert.NotNull(key);
            Assert.Equal(form, key.Published);
            Assert.True(_secp256k1.Verify(key, Utf8(message), signature));
        }
    }

    [Fact]
    public void VerifyDecodedKey_TamperedMessage_ReturnsFalse()
    {
        var key = _secp256k1.DecodePublicKey(PublicKey)!;
        byte[] message = Utf8(Request.Canonical);
        message[0] ^= 0x01;

        bool isValid = _secp256k1.Verify(key, message, Request.Signature);

        Assert.False(isValid);
    }

    [Fact]
    public void VerifyDecodedKey_KeyOfAnotherBackend_ThrowsArgumentException()
    {
        Action verify = () => _secp256k1.Verify(new ForeignKey(PublicKey), Utf8(Request.Canonical), Request.Signature);

        Assert.Throws<ArgumentException>("publicKey", verify);
    }

    [Theory]
    [InlineData("")]
    [InlineData("bb50")]
    [InlineData("bb50e2d89a4ed70663d080659fe0ad4b9bc3e06c17a227433966cb59ceee020decddbf6e00192011648d13b1c00af770c0c1bb609d4d3a5c98a43772e0e18ef")]
    [InlineData("bb50e2d89a4ed70663d080659fe0ad4b9bc3e06c17a227433966cb59ceee020decddbf6e00192011648d13b1c00af770c0c1bb609d4d3a5c98a43772e0e18e")]
    [InlineData("zz50e2d89a4ed70663d080659fe0ad4b9bc3e06c17a227433966cb59ceee020decddbf6e00192011648d13b1c00af770c0c1bb609d4d3a5c98a43772e0e18ef4")]
    [InlineData("bb50e2d89a4ed70663d080659fe0ad4b9bc3e06c17a227433966cb59ceee020decddbf6e00192011648d13b1c00af770c0c1bb609d4d3a5c98a43772e0e18ef5")]
    [InlineData("05bb50e2d89a4ed70663d080659fe0ad4b9bc3e06c17a227433966cb59ceee020decddbf6e00192011648d13b1c00af770c0c1bb609d4d3a5c98a43772e0e18ef4")]
    [InlineData("bb50e2d89a4ed70663d080659fe0ad4b9bc3e06c17a227433966cb59ceee020d")]
    [InlineData("04bb50e2d89a4ed70663d080659fe0ad4b9bc3e06c17a227433966cb59ceee020d")]
    [InlineData("02ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000" + "0000000000000000000000000000000000000000000000000000000000000000")]
    public void Verify_MalformedPublicKey_ReturnsFalse(string publicKey)
    {
        bool isValid = _secp256k1.Verify(publicKey, Utf8(Request.Canonical), Request.Signature);

        Assert.False(isValid);
        Assert.Null(_secp256k1.DecodePublicKey(publicKey));
    }

    [Fact]
    public void Verify_NullPublicKey_ReturnsFalse()
    {
        bool isValid = _secp256k1.Verify((string)null!, Utf8(Request.Canonical), Request.Signature);

        Assert.False(isValid);
        Assert.Null(_secp256k1.DecodePublicKey(null!));
    }

    [Fact]
    public void Verify_NullSignature_ReturnsFalse()
    {
        bool isValid = _secp256k1.Verify(PublicKey, Utf8(Request.Canonical), null!);

        Assert.False(isValid);
    }

    [Fact]
    public void Sign_RandomKeys_VerifiesWithDerivedKey()
    {
        foreach (var (privateKey, message) in RandomSigningCases())
        {
            string signature = _secp256k1.Sign(privateKey, message);

            Assert.True(_secp256k1.Verify(_secp256k1.DerivePublicKey(privateKey), message, signature));
        }
    }

    [Fact]
    public void Sign_RandomKeys_EmitsLowS()
    {
        var halfOrder = Secp256k1Reference.N.ShiftRight(1);
        foreach (var (privateKey, message) in RandomSigningCases())
        {
            var (_, s, _) = Secp256k1Reference.Split(_secp256k1.Sign(privateKey, message));

            Assert.True(s.CompareTo(halfOrder) <= 0);
        }
    }

    [Fact]
    public void Sign_RandomKeys_VRecoversSignerKey()
    {
        foreach (var (privateKey, message) in RandomSigningCases())
        {
            string signature = _secp256k1.Sign(privateKey, message);

            Assert.Equal(_secp256k1.DerivePublicKey(privateKey), Secp256k1Reference.RecoverPublicKey(message, signature));
        }
    }

    [Fact]
    public void Sign_SameInputTwice_ReturnsSameSignature()
    {
        string first = _secp256k1.Sign(PrivateKey, Utf8(Order.Canonical));

        string second = _secp256k1.Sign(PrivateKey, Utf8(Order.Canonical));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Sign_FromParallelThreads_MatchesSequentialSignatures()
    {
        var cases = RandomSigningCases().ToArray();
        string[] sequential = [.. cases.Select(c => _secp256k1.Sign(c.PrivateKey, c.Message))];

        string[] parallel = [.. cases.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(c => _secp256k1.Sign(c.PrivateKey, c.Message))];

        Assert.Equal(sequential, parallel);
    }

    [Theory]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData(SecpOrderHex)]
    [InlineData("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")]
    [InlineData("1234567890abcdef1234567890abcdef1234567890abcdef1234567890abcd")]
    [InlineData("1234567890abcdef1234567890abcdef1234567890abcdef1234567890abcdef00")]
    public void Sign_InvalidPrivateKey_ThrowsArgumentException(string privateKeyHex)
    {
        var sign = () => _secp256k1.Sign(Convert.FromHexString(privateKeyHex), Utf8(Request.Canonical));

        Assert.Throws<ArgumentException>("privateKey", sign);
    }

    [Theory]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData(SecpOrderHex)]
    public void DerivePublicKey_InvalidPrivateKey_ThrowsArgumentException(string privateKeyHex)
    {
        var derive = () => _secp256k1.DerivePublicKey(Convert.FromHexString(privateKeyHex));

        Assert.Throws<ArgumentException>("privateKey", derive);
    }

    [Fact]
    public void DerivePublicKey_LargestValidKey_Returns128LowercaseHex()
    {
        string publicKey = _secp256k1.DerivePublicKey(Convert.FromHexString("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140"));

        Assert.Matches("^[0-9a-f]{128}$", publicKey);
    }

    private static IEnumerable<(byte[] PrivateKey, byte[] Message)> RandomSigningCases()
    {
        // Seeded so a failure reproduces; 32 random bytes fall outside 1..n-1 with odds ~2^-128.
        var random = new Random(20261124);
        for (int i = 0; i < 32; i++)
        {
            byte[] privateKey = new byte[32];
            byte[] message = new byte[random.Next(0, 300)];
            random.NextBytes(privateKey);
            random.NextBytes(message);
            yield return (privateKey, message);
        }
    }

    private sealed record ForeignKey(string Published) : ISecp256k1PublicKey;
}
