using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.Infrastructure.Protocol;
using OpenCharge.Checkout.UnitTests.Builders;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Protocol;

public sealed class CanonicalJsonTests
{
    public static TheoryData<string, string> CanonicalForms => new()
    {
        { AuthenticationVectors.Proof.Input, AuthenticationVectors.Proof.Canonical },
        { AuthenticationVectors.Order.Input, AuthenticationVectors.Order.Canonical },
        { AuthenticationVectors.MetadataConfig.Input, AuthenticationVectors.MetadataConfig.Canonical },
    };

    public static TheoryData<string, string> Digests => new()
    {
        { AuthenticationVectors.Proof.Input, AuthenticationVectors.Proof.Digest },
        { AuthenticationVectors.Order.Input, AuthenticationVectors.Order.Digest },
        { AuthenticationVectors.MetadataConfig.Input, AuthenticationVectors.MetadataConfig.Digest },
    };

    public static TheoryData<string, string> Signatures => new()
    {
        { AuthenticationVectors.Proof.Input, AuthenticationVectors.Proof.Signature },
        { AuthenticationVectors.Order.Input, AuthenticationVectors.Order.Signature },
        { AuthenticationVectors.MetadataConfig.Input, AuthenticationVectors.MetadataConfig.Signature },
    };

    [Theory]
    [MemberData(nameof(CanonicalForms))]
    public void Canonicalize_UnsortedVectorObject_MatchesVectorCanonicalForm(string input, string canonical)
    {
        string result = CanonicalJson.Canonicalize(Parse(input));

        Assert.Equal(canonical, result);
    }

    [Theory]
    [MemberData(nameof(Digests))]
    public void CanonicalBytes_UnsortedVectorObject_HashesToVectorDigest(string input, string digest)
    {
        byte[] bytes = CanonicalJson.CanonicalBytes(Parse(input));

        Assert.Equal(digest, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    [Theory]
    [MemberData(nameof(Signatures))]
    public void CanonicalBytes_UnsortedVectorObject_SignsToVectorSignature(string input, string signature)
    {
        byte[] bytes = CanonicalJson.CanonicalBytes(Parse(input));

        Assert.Equal(signature, new BouncyCastleSecp256k1().Sign(AuthenticationVectors.PrivateKey, bytes));
    }

    [Theory]
    [MemberData(nameof(Signatures))]
    public void CanonicalBytes_UnsortedVectorObject_VerifiesVectorSignature(string input, string signature)
    {
        byte[] bytes = CanonicalJson.CanonicalBytes(Parse(input));

        Assert.True(new BouncyCastleSecp256k1().Verify(AuthenticationVectors.PublicKey, bytes, signature));
    }

    [Fact]
    public void CanonicalBytes_AnyValue_IsUtf8OfCanonicalize()
    {
        var value = Parse("""{"b":"Zürich 😀","a":[1,{"d":null,"c":true}]}""");

        byte[] bytes = CanonicalJson.CanonicalBytes(value);

        Assert.Equal(Encoding.UTF8.GetBytes(CanonicalJson.Canonicalize(value)), bytes);
    }

    [Fact]
    public void Canonicalize_NestedObjects_SortsKeysAtEveryDepth()
    {
        string result = CanonicalJson.Canonicalize(Parse("""{"z":{"y":{"b":1,"a":2},"x":[{"d":1,"c":2}]},"a":0}"""));

        Assert.Equal("""{"a":0,"z":{"x":[{"c":2,"d":1}],"y":{"a":2,"b":1}}}""", result);
    }

    [Fact]
    public void Canonicalize_Keys_SortsByUtf16CodeUnitNotCodePoint()
    {
        string result = CanonicalJson.Canonicalize(Parse("""{"｡":1,"😀":2,"é":3,"b":4,"a":5,"B":6}"""));

        Assert.Equal("""{"B":6,"a":5,"b":4,"é":3,"😀":2,"｡":1}""", result);
    }

    [Fact]
    public void Canonicalize_Arrays_KeepTheirOrder()
    {
        string result = CanonicalJson.Canonicalize(Parse("""[3, "b", 1, "a", [2, 1]]"""));

        Assert.Equal("""[3,"b",1,"a",[2,1]]""", result);
    }

    [Fact]
    public void Canonicalize_Literals_AreWrittenAsIs()
    {
        string result = CanonicalJson.Canonicalize(Parse("""{ "t" : true , "f" : false , "n" : null }"""));

        Assert.Equal("""{"f":false,"n":null,"t":true}""", result);
    }

    [Fact]
    public void Canonicalize_EscapedKey_SortsByItsDecodedName()
    {
        string result = CanonicalJson.Canonicalize(Parse("""{"c":1,"\u0062":2,"a":3}"""));

        Assert.Equal("""{"a":3,"b":2,"c":1}""", result);
    }

    [Fact]
    public void Canonicalize_DuplicateKey_KeepsLastValue()
    {
        string result = CanonicalJson.Canonicalize(Parse("""{"a":1,"b":2,"a":3}"""));

        Assert.Equal("""{"a":3,"b":2}""", result);
    }

    [Theory]
    [InlineData("""  "say \"hi\""  """, """ "say \"hi\"" """)]
    [InlineData("""  "back\\slash"  """, """ "back\\slash" """)]
    [InlineData("""  "\b\f\n\r\t"  """, """ "\b\f\n\r\t" """)]
    [InlineData("""  "\u0000\u0001\u000B\u001F"  """, """ "\u0000\u0001\u000b\u001f" """)]
    [InlineData("""  "\u0041\/\u00e9\u00E9"  """, """ "A/éé" """)]
    [InlineData("""  "Zürich 東京 😀"  """, """ "Zürich 東京 😀" """)]
    [InlineData("""  "\ud83d\ude00"  """, """ "😀" """)]
    [InlineData("""  "<a href='x'>&amp;</a> 1+1"  """, """ "<a href='x'>&amp;</a> 1+1" """)]
    [InlineData("""  "\u003c\u003e\u0026\u0027\u002b"  """, """ "<>&'+" """)]
    [InlineData("""  "\u007f \u2028 \u2029"  """, "\"\u007f \u2028 \u2029\"")]
    [InlineData("""  "\uD800"  """, """ "\ud800" """)]
    [InlineData("""  "a\uDC00b"  """, """ "a\udc00b" """)]
    [InlineData("""  "\ude00\ud83d"  """, """ "\ude00\ud83d" """)]
    public void Canonicalize_String_EscapesAsJsonStringify(string input, string expected)
    {
        string result = CanonicalJson.Canonicalize(Parse(input));

        Assert.Equal(expected.Trim(), result);
    }

    [Fact]
    public void Canonicalize_InvalidUtf8InString_WritesReplacementCharacter()
    {
        using var document = JsonDocument.Parse(new byte[] { (byte)'"', (byte)'a', 0xFF, (byte)'"' });

        string result = CanonicalJson.Canonicalize(document.RootElement);

        Assert.Equal("\"a\uFFFD\"", result);
    }

    [Fact]
    public void Canonicalize_KeyWithLoneSurrogate_EscapesIt()
    {
        string result = CanonicalJson.Canonicalize(Parse("""{"\uD800":1}"""));

        Assert.Equal("""{"\ud800":1}""", result);
    }

    [Fact]
    public void Canonicalize_Numbers_FormatAsJavaScript()
    {
        string result = CanonicalJson.Canonicalize(Parse("[1, 1.0, -0, 1E2, 1e21, 0.1, 1e-7, 12345678901234567890]"));

        Assert.Equal("[1,1,0,100,1e+21,0.1,1e-7,12345678901234567000]", result);
    }

    [Fact]
    public void Canonicalize_TopLevelString_WritesTheString()
    {
        string result = CanonicalJson.Canonicalize(Parse("\"x\""));

        Assert.Equal("\"x\"", result);
    }

    [Fact]
    public void Canonicalize_UndefinedElement_ThrowsArgumentException()
    {
        var canonicalize = () => CanonicalJson.Canonicalize(default);

        Assert.Throws<ArgumentException>(canonicalize);
    }

    [Fact]
    public void CanonicalizeTopLevelKeys_Proof_EmptiesFromAndTo()
    {
        string result = CanonicalJson.CanonicalizeTopLevelKeys(Parse(AuthenticationVectors.Proof.Input));

        Assert.Equal("""{"amount":"10000.00","currency":"UGX","from":{},"issuer":100,"timestamp":1706500500,"to":{},"txid":"test_tx_001"}""", result);
    }

    [Fact]
    public void CanonicalizeTopLevelKeys_Order_KeepsOnlyIdInItems()
    {
        string result = CanonicalJson.CanonicalizeTopLevelKeys(Parse(AuthenticationVectors.Order.Input));

        Assert.Equal("""{"accepts":[100,101,102],"amount":"99.99","createdAt":1706313600,"currency":"USD","expiresAt":1706400000,"id":"ord_abc123","items":[{"id":"item_001"}],"memo":"Order from Merchant Store","ocid":500,"reference":"INV-001"}""", result);
    }

    [Fact]
    public void CanonicalizeTopLevelKeys_MetadataConfig_EmptiesSettlement()
    {
        string result = CanonicalJson.CanonicalizeTopLevelKeys(Parse(AuthenticationVectors.MetadataConfig.Input));

        Assert.EndsWith("""
            "settlement":{}}
            """, result);
    }

    [Fact]
    public void CanonicalizeTopLevelKeys_NestedMembers_FollowWhitelistOrder()
    {
        string result = CanonicalJson.CanonicalizeTopLevelKeys(Parse("""{"b":{"x":1,"b":2,"a":3},"a":[{"b":4,"a":5}]}"""));

        Assert.Equal("""{"a":[{"a":5,"b":4}],"b":{"a":3,"b":2}}""", result);
    }

    [Fact]
    public void CanonicalizeTopLevelKeys_Array_ThrowsArgumentException()
    {
        var canonicalize = () => CanonicalJson.CanonicalizeTopLevelKeys(Parse("[1]"));

        Assert.Throws<ArgumentException>("value", canonicalize);
    }

    [Fact]
    public void Compact_Object_KeepsInsertionOrderWithoutWhitespace()
    {
        string result = CanonicalJson.Compact(Parse("""{ "to": 500, "amount": "10000.00", "items": [ { "z": 1, "a": 2 } ] }"""));

        Assert.Equal("""{"to":500,"amount":"10000.00","items":[{"z":1,"a":2}]}""", result);
    }

    [Fact]
    public void Compact_ArrayIndexKeys_ComeFirstInNumericOrder()
    {
        string result = CanonicalJson.Compact(Parse("""{"b":1,"10":2,"2":3,"01":4,"-1":5,"4294967295":6,"4294967294":7}"""));

        Assert.Equal("""{"2":3,"10":2,"4294967294":7,"b":1,"01":4,"-1":5,"4294967295":6}""", result);
    }

    [Fact]
    public void Compact_DuplicateKey_KeepsFirstPositionAndLastValue()
    {
        string result = CanonicalJson.Compact(Parse("""{"a":1,"b":2,"a":3}"""));

        Assert.Equal("""{"a":3,"b":2}""", result);
    }

    [Fact]
    public void Compact_EscapedText_IsWrittenAsJsonStringify()
    {
        string result = CanonicalJson.Compact(Parse("""{"memo":"\u00e9 <b>&</b> 'q' 1+1 \"x\"","n":1.50}"""));

        Assert.Equal("""{"memo":"é <b>&</b> 'q' 1+1 \"x\"","n":1.5}""", result);
    }

    [Fact]
    public void WireOptions_Serialize_WritesCompactJsonWithoutNulls()
    {
        string json = JsonSerializer.Serialize(new WireSample("a", null, 5), CanonicalJson.WireOptions);

        Assert.Equal("""{"Text":"a","Count":5}""", json);
    }

    [Fact]
    public void WireOptions_Serialize_LeavesHtmlSensitiveAndNonAsciiTextUnescaped()
    {
        string json = JsonSerializer.Serialize(new WireSample("<>&'+ é 東京", null, 0), CanonicalJson.WireOptions);

        Assert.Equal("""{"Text":"<>&'+ é 東京","Count":0}""", json);
    }

    [Fact]
    public void WireOptions_Always_IsReadOnly()
    {
        bool isReadOnly = CanonicalJson.WireOptions.IsReadOnly;

        Assert.True(isReadOnly);
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private sealed record WireSample(string Text, string? Note, int Count);
}
