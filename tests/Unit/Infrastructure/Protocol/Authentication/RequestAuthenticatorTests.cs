using System.Globalization;
using System.Text;

using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.Infrastructure.Protocol.Authentication;
using OpenCharge.Checkout.UnitTests.Builders;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Protocol.Authentication;

public sealed class RequestAuthenticatorTests
{
    private const string BasePath = "/opencharge";
    private static readonly BouncyCastleSecp256k1 Secp = new();
    private static readonly byte[] PeerKey = Convert.FromHexString("1234567890abcdef1234567890abcdef1234567890abcdef1234567890abcdef");
    private static readonly byte[] OtherKey = Convert.FromHexString("0000000000000000000000000000000000000000000000000000000000000007");
    private static readonly Ocid Peer = new(700);

    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(1_706_500_000));
    private readonly FakePeerDirectory _peers = new();
    private readonly MemoryNonceStore _nonces = new();
    private readonly CountingSecp256k1 _counting = new();

    public RequestAuthenticatorTests()
    {
        _peers.Publish(Peer, Secp.DerivePublicKey(PeerKey));
    }

    [Fact]
    public async Task Authenticate_ValidSignature_ReturnsCaller()
    {
        var request = Signed(PeerKey, "POST", "/opencharge/checkout/create", """{"a":1}""");

        var result = await Authenticator().AuthenticateAsync(request, BasePath, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(Peer, result.Caller!.Ocid);
    }

    [Fact]
    public async Task Authenticate_SignedWithOtherKey_ReturnsInvalidSignature()
    {
        var request = Signed(OtherKey, "GET", "/opencharge/capabilities", "");

        var result = await Authenticator().AuthenticateAsync(request, BasePath, CancellationToken.None);

        Assert.Equal(AuthenticationFailure.InvalidSignature, result.Failure);
    }

    [Fact]
    public async Task Authenticate_BodyChangedAfterSigning_ReturnsInvalidSignature()
    {
        var request = Signed(PeerKey, "POST", "/opencharge/checkout/create", """{"amount":"1.00"}""") with
        {
            Body = Encoding.UTF8.GetBytes("""{"amount":"9.00"}"""),
        };

        var result = await Authenticator().AuthenticateAsync(request, BasePath, CancellationToken.None);

        Assert.Equal(AuthenticationFailure.InvalidSignature, result.Failure);
    }

    [Theory]
    [InlineData(301)]
    [InlineData(-301)]
    public async Task Authenticate_TimestampOutsideWindow_ReturnsTimestampExpired(int skewSeconds)
    {
        var request = Signed(PeerKey, "GET", "/opencharge/capabilities", "", _time.GetUtcNow().AddSeconds(skewSeconds));

        var result = await Authenticator().AuthenticateAsync(request, BasePath, CancellationToken.None);

        Assert.Equal(AuthenticationFailure.TimestampExpired, result.Failure);
    }

    [Theory]
    [InlineData(300)]
    [InlineData(-300)]
    public async Task Authenticate_TimestampAtEdgeOfWindow_Succeeds(int skewSeconds)
    {
        var request = Signed(PeerKey, "GET", "/opencharge/capabilities", "", _time.GetUtcNow().AddSeconds(skewSeconds));

        var result = await Authenticator().AuthenticateAsync(request, BasePath, CancellationToken.None);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task Authenticate_ReplayedRequest_ReturnsNonceReused()
    {
        var request = Signed(PeerKey, "GET", "/opencharge/capabilities", "");
        await Authenticator().AuthenticateAsync(request, BasePath, CancellationToken.None);

        var replay = await Authenticator().AuthenticateAsync(request, BasePath, CancellationToken.None);

        Assert.Equal(AuthenticationFailure.NonceReused, replay.Failure);
    }

    [Fact]
    public async Task Authenticate_ForgedRequest_DoesNotBurnTheNonce()
    {
        var forged = Signed(OtherKey, "GET", "/opencharge/capabilities", "", nonce: "req_shared");
        await Authenticator().AuthenticateAsync(forged, BasePath, CancellationToken.None);

        var genuine = await Authenticator().AuthenticateAsync(Signed(PeerKey, "GET", "/opencharge/capabilities", "", nonce: "req_shared"), BasePath, CancellationToken.None);

        Assert.True(genuine.Succeeded);
    }

    [Fact]
    public async Task Authenticate_UnregisteredOcid_ReturnsUnknownOcid()
    {
        var request = Signed(PeerKey, "GET", "/opencharge/capabilities", "") with { Ocid = "701" };

        var result = await Authenticator().AuthenticateAsync(request, BasePath, CancellationToken.None);

        Assert.Equal(AuthenticationFailure.UnknownOcid, result.Failure);
    }

    [Fact]
    public async Task Authenticate_MetadataUnreachable_ReturnsMetadataUnavailable()
    {
        _peers.MakeUnavailable(Peer);

        var result = await Authenticator().AuthenticateAsync(Signed(PeerKey, "GET", "/opencharge/capabilities", ""), BasePath, CancellationToken.None);

        Assert.Equal(AuthenticationFailure.MetadataUnavailable, result.Failure);
    }

    [Theory]
    [InlineData(null, "1706500000", "n1", "sig")]
    [InlineData("0", "1706500000", "n1", "sig")]
    [InlineData("abc", "1706500000", "n1", "sig")]
    [InlineData("700", "soon", "n1", "sig")]
    [InlineData("700", "1706500000", "", "sig")]
    [InlineData("700", "1706500000", "has space", "sig")]
    [InlineData("700", "1706500000", "n1", null)]
    public async Task Authenticate_MissingOrGarbledHeaders_ReturnsInvalidSignature(string? ocid, string? timestamp, string? nonce, string? signature)
    {
        var request = new SignedRequest(ocid, timestamp, nonce, signature, "GET", "/opencharge/capabilities", ReadOnlyMemory<byte>.Empty);

        var result = await Authenticator().AuthenticateAsync(request, BasePath, CancellationToken.None);

        Assert.Equal(AuthenticationFailure.InvalidSignature, result.Failure);
    }

    [Fact]
    public async Task Authenticate_PathSignedRelativeToBase_Succeeds()
    {
        var signedForRelativePath = Signed(PeerKey, "GET", "/capabilities", "");
        var request = signedForRelativePath with { RequestTarget = "/opencharge/capabilities" };

        var result = await Authenticator().AuthenticateAsync(request, BasePath, CancellationToken.None);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task Authenticate_BodySignedInCompactForm_Succeeds()
    {
        var signedCompact = Signed(PeerKey, "POST", "/opencharge/checkout/create", """{"b":1,"a":"x"}""");
        var request = signedCompact with { Body = Encoding.UTF8.GetBytes("{ \"b\": 1, \"a\": \"x\" }") };

        var result = await Authenticator().AuthenticateAsync(request, BasePath, CancellationToken.None);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task Authenticate_PeerRotatedKey_RefetchesMetadataAndSucceeds()
    {
        var newKey = OtherKey;
        _peers.PublishOnRefresh(Peer, Secp.DerivePublicKey(newKey));

        var result = await Authenticator().AuthenticateAsync(Signed(newKey, "GET", "/opencharge/capabilities", ""), BasePath, CancellationToken.None);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task Authenticate_TimestampNearLongMinValue_ReturnsTimestampExpired()
    {
        var request = Signed(PeerKey, "GET", "/opencharge/capabilities", "") with
        {
            Timestamp = (long.MinValue + _time.GetUtcNow().ToUnixTimeSeconds()).ToString(CultureInfo.InvariantCulture),
        };

        var result = await Authenticator().AuthenticateAsync(request, BasePath, CancellationToken.None);

        Assert.Equal(AuthenticationFailure.TimestampExpired, result.Failure);
    }

    [Fact]
    public async Task Authenticate_StrictSignature_CostsOneVerify()
    {
        var request = Signed(PeerKey, "POST", "/opencharge/checkout/create?x=1", "{ \"a\": 1 }");

        var result = await Authenticator().AuthenticateAsync(request, BasePath, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(1, _counting.Verifies);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("not hex at all")]
    [InlineData("30")]
    [InlineData("3006020101020101ff")]
    public async Task Authenticate_UndecodableSignature_CostsNoVerifyAndNoLookup(string signature)
    {
        _peers.MakeUnavailable(Peer);
        var request = Signed(PeerKey, "GET", "/opencharge/capabilities", "") with { Signature = signature };

        var result = await Authenticator().AuthenticateAsync(request, BasePath, CancellationToken.None);

        Assert.Equal(AuthenticationFailure.InvalidSignature, result.Failure);
        Assert.Equal((0, 0), (_counting.Verifies, _peers.Lookups));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Authenticate_SignatureOfWrongLength_CostsNoVerify(int lengthChange)
    {
        var request = Signed(PeerKey, "GET", "/opencharge/capabilities", "");
        var signature = lengthChange < 0 ? request.Signature![..^1] : request.Signature + new string('0', lengthChange);

        var result = await Authenticator().AuthenticateAsync(request with { Signature = signature }, BasePath, CancellationToken.None);

        Assert.Equal(AuthenticationFailure.InvalidSignature, result.Failure);
        Assert.Equal(0, _counting.Verifies);
    }

    [Fact]
    public async Task Authenticate_HighSTwin_CostsNoVerify()
    {
        var request = Signed(PeerKey, "GET", "/opencharge/capabilities", "");

        var result = await Authenticator().AuthenticateAsync(request with { Signature = SignatureTwins.HighS(request.Signature!) }, BasePath, CancellationToken.None);

        Assert.Equal(AuthenticationFailure.InvalidSignature, result.Failure);
        Assert.Equal(0, _counting.Verifies);
    }

    [Theory]
    [InlineData("POST", "/opencharge/checkout/create", "{\"a\":1}", 2)]
    [InlineData("GET", "/opencharge/capabilities", "", 4)]
    [InlineData("GET", "/opencharge/capabilities?view=full", "", 8)]
    [InlineData("POST", "/opencharge/checkout/create?x=1", "{ \"a\": 1 }", 8)]
    public async Task Authenticate_GarbageSignatureFromKnownOcid_CostsOneVerifyPerDistinctFormAndNoSecondRound(string method, string target, string body, int verifies)
    {
        var request = Signed(PeerKey, method, target, body) with { Signature = Secp.Sign(PeerKey, "garbage"u8) };

        var result = await Authenticator().AuthenticateAsync(request, BasePath, CancellationToken.None);

        Assert.Equal(AuthenticationFailure.InvalidSignature, result.Failure);
        Assert.Equal((verifies, 1), (_counting.Verifies, _peers.Refreshes));
    }

    [Fact]
    public async Task Authenticate_KnownLenientPeer_CostsOneVerify()
    {
        var authenticator = Authenticator();
        await authenticator.AuthenticateAsync(Signed(PeerKey, "GET", "/capabilities", "") with { RequestTarget = "/opencharge/capabilities" }, BasePath, CancellationToken.None);
        var before = _counting.Verifies;

        var result = await authenticator.AuthenticateAsync(Signed(PeerKey, "GET", "/capabilities", "") with { RequestTarget = "/opencharge/capabilities" }, BasePath, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(1, _counting.Verifies - before);
    }

    [Fact]
    public async Task Authenticate_LenientPeerTurnsStrict_StillSucceeds()
    {
        var authenticator = Authenticator();
        await authenticator.AuthenticateAsync(Signed(PeerKey, "GET", "/capabilities", "") with { RequestTarget = "/opencharge/capabilities" }, BasePath, CancellationToken.None);

        var result = await authenticator.AuthenticateAsync(Signed(PeerKey, "GET", "/opencharge/capabilities", ""), BasePath, CancellationToken.None);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task Authenticate_RefreshBringsNewKey_VerifiesTheFormsOnceMoreWithIt()
    {
        _peers.PublishOnRefresh(Peer, Secp.DerivePublicKey(OtherKey));
        var request = Signed(PeerKey, "GET", "/opencharge/capabilities", "") with { Signature = Secp.Sign(PeerKey, "garbage"u8) };

        var result = await Authenticator().AuthenticateAsync(request, BasePath, CancellationToken.None);

        Assert.Equal(AuthenticationFailure.InvalidSignature, result.Failure);
        Assert.Equal(8, _counting.Verifies);
    }

    [Fact]
    public async Task Authenticate_KeyDecodedWithMetadata_DecodesNoKeyPerRequest()
    {
        _peers.PublishDecoded(Peer, _counting.DecodePublicKey(Secp.DerivePublicKey(PeerKey))!);
        var authenticator = Authenticator();
        var decodesBefore = _counting.Decodes;

        foreach (var nonce in new[] { "n-1", "n-2", "n-3" })
        {
            var result = await authenticator.AuthenticateAsync(Signed(PeerKey, "GET", "/opencharge/capabilities", "", nonce: nonce), BasePath, CancellationToken.None);
            Assert.True(result.Succeeded);
        }

        Assert.Equal((0, 3), (_counting.Decodes - decodesBefore, _counting.Verifies));
    }

    private RequestAuthenticator Authenticator() =>
        new(_peers, _nonces, _counting, _time, NullLogger<RequestAuthenticator>.Instance);

    private SignedRequest Signed(byte[] key, string method, string target, string body, DateTimeOffset? at = null, string? nonce = null)
    {
        var timestamp = (at ?? _time.GetUtcNow()).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        nonce ??= "req_" + Guid.NewGuid().ToString("N");
        var bytes = Encoding.UTF8.GetBytes(body);
        var canonical = CanonicalRequest.Build(Peer.ToString(), timestamp, nonce, method, target, BodyHash.Of(bytes));
        return new SignedRequest(Peer.ToString(), timestamp, nonce, Secp.Sign(key, Encoding.UTF8.GetBytes(canonical)), method, target, bytes);
    }
}
