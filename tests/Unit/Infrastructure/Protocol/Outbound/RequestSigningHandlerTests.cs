using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;

using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.Infrastructure.Protocol.Outbound;
using OpenCharge.Checkout.UnitTests.Builders;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Protocol.Outbound;

public sealed partial class RequestSigningHandlerTests : IDisposable
{
    private const string PostUrl = "https://api.peer.example/opencharge/transfer/create?mode=test&attempt=2";
    private const string GetUrl = "https://api.peer.example/opencharge/verify/tx_456";
    private const string ResponseBody = """{"status":"accepted","txid":"gateway_tx_456"}""";
    private static readonly Ocid Us = new(200);
    private static readonly Ocid Responder = new(700);
    private static readonly BouncyCastleSecp256k1 Secp = new();

    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(1_706_500_000));
    private readonly FakePeerDirectory _peers = new();
    private readonly StubHttpHandler _peer = new();
    private readonly HttpClient _client;

    public RequestSigningHandlerTests()
    {
        _peers.Publish(Responder, TestKeys.PublicKeyOf(TestKeys.Peer));
        var handler = new RequestSigningHandler(
            new FakeProtocolSigner(Us, TestKeys.Ours, Secp), _peers, Secp, _time, NullLogger<RequestSigningHandler>.Instance)
        {
            InnerHandler = _peer,
        };
        _client = new HttpClient(handler);
    }

    [Fact]
    public async Task SendAsync_AnyRequest_AddsOcidTimestampAndSignatureHeaders()
    {
        _peer.Answer(GetUrl, HttpStatusCode.OK);

        await _client.GetAsync(GetUrl);

        var sent = Assert.Single(_peer.Requests);
        Assert.Equal("200", sent.Header(OutboundHeaders.Ocid));
        Assert.Equal("1706500000", sent.Header(OutboundHeaders.Timestamp));
        Assert.Matches("^[0-9a-f]{130}$", sent.Header(OutboundHeaders.Signature));
    }

    [Fact]
    public async Task SendAsync_AnyRequest_UsesReqPrefixAnd32LowercaseHexNonce()
    {
        _peer.Answer(GetUrl, HttpStatusCode.OK);

        await _client.GetAsync(GetUrl);

        Assert.Matches(NoncePattern(), Assert.Single(_peer.Requests).Header(OutboundHeaders.Nonce));
    }

    [Fact]
    public async Task SendAsync_TwoRequests_UseFreshNonces()
    {
        _peer.Answer(GetUrl, HttpStatusCode.OK);
        await _client.GetAsync(GetUrl);

        await _client.GetAsync(GetUrl);

        Assert.NotEqual(_peer.Requests[0].Header(OutboundHeaders.Nonce), _peer.Requests[1].Header(OutboundHeaders.Nonce));
    }

    [Fact]
    public async Task SendAsync_PostWithJsonBody_SignsCanonicalRequestWithQueryAndHashOfSentBytes()
    {
        _peer.Answer(PostUrl, HttpStatusCode.OK);

        await _client.PostAsJsonAsync(PostUrl, new { amount = "10.00", currency = "USD" });

        var sent = Assert.Single(_peer.Requests);
        var canonical = CanonicalRequest.Build(
            "200", "1706500000", sent.Header(OutboundHeaders.Nonce), "POST", "/opencharge/transfer/create?mode=test&attempt=2", BodyHash.Of(sent.Body!));
        Assert.True(Secp.Verify(TestKeys.PublicKeyOf(TestKeys.Ours), Encoding.UTF8.GetBytes(canonical), sent.Header(OutboundHeaders.Signature)));
    }

    [Fact]
    public async Task SendAsync_PostWithJsonBody_ForwardsTheSerialisedBytesAndContentType()
    {
        _peer.Answer(PostUrl, HttpStatusCode.OK);

        await _client.PostAsJsonAsync(PostUrl, new { amount = "10.00", currency = "USD" });

        var sent = Assert.Single(_peer.Requests);
        Assert.Equal("""{"amount":"10.00","currency":"USD"}""", Encoding.UTF8.GetString(sent.Body!));
        Assert.Equal("application/json; charset=utf-8", sent.ContentType);
    }

    [Fact]
    public async Task SendAsync_GetWithoutBody_SignsTheEmptyBodyHash()
    {
        _peer.Answer(GetUrl, HttpStatusCode.OK);

        await _client.GetAsync(GetUrl);

        var sent = Assert.Single(_peer.Requests);
        Assert.Null(sent.Body);
        var canonical = CanonicalRequest.Build("200", "1706500000", sent.Header(OutboundHeaders.Nonce), "GET", "/opencharge/verify/tx_456", BodyHash.Empty);
        Assert.True(Secp.Verify(TestKeys.PublicKeyOf(TestKeys.Ours), Encoding.UTF8.GetBytes(canonical), sent.Header(OutboundHeaders.Signature)));
    }

    [Fact]
    public async Task SendAsync_RequestCarryingStaleAuthenticationHeaders_ReplacesThem()
    {
        _peer.Answer(GetUrl, HttpStatusCode.OK);
        using var request = new HttpRequestMessage(HttpMethod.Get, GetUrl);
        request.Headers.Add(OutboundHeaders.Nonce, "req_stale");
        request.Headers.Add(OutboundHeaders.Timestamp, "1");

        await _client.SendAsync(request);

        var sent = Assert.Single(_peer.Requests);
        Assert.Matches(NoncePattern(), sent.Header(OutboundHeaders.Nonce));
        Assert.Equal("1706500000", sent.Header(OutboundHeaders.Timestamp));
    }

    [Fact]
    public async Task SendAsync_UnsignedResponse_ReportsAbsent()
    {
        _peer.Answer(GetUrl, HttpStatusCode.OK, ResponseBody);

        var status = await SendAndReadSignatureStatusAsync();

        Assert.Equal(ResponseSignatureStatus.Absent, status);
    }

    [Fact]
    public async Task SendAsync_ResponseSignedByResponder_ReportsVerified()
    {
        _peer.Answer(GetUrl, () => SignedResponse(TestKeys.Peer, ResponseBody));

        var status = await SendAndReadSignatureStatusAsync();

        Assert.Equal(ResponseSignatureStatus.Verified, status);
    }

    [Fact]
    public async Task SendAsync_ResponseBodyChangedAfterSigning_ReportsInvalid()
    {
        _peer.Answer(GetUrl, () => SignedResponse(TestKeys.Peer, ResponseBody, bodyOnTheWire: """{"status":"rejected","txid":"gateway_tx_456"}"""));

        var status = await SendAndReadSignatureStatusAsync();

        Assert.Equal(ResponseSignatureStatus.Invalid, status);
    }

    [Fact]
    public async Task SendAsync_ResponseSignedByUnregisteredOcid_ReportsInvalid()
    {
        _peer.Answer(GetUrl, () => SignedResponse(TestKeys.Peer, ResponseBody, responder: new Ocid(701)));

        var status = await SendAndReadSignatureStatusAsync();

        Assert.Equal(ResponseSignatureStatus.Invalid, status);
    }

    [Fact]
    public async Task SendAsync_ResponderRotatedKey_RefreshesAndReportsVerified()
    {
        _peers.PublishOnRefresh(Responder, TestKeys.PublicKeyOf(TestKeys.Other));
        _peer.Answer(GetUrl, () => SignedResponse(TestKeys.Other, ResponseBody));

        var status = await SendAndReadSignatureStatusAsync();

        Assert.Equal(ResponseSignatureStatus.Verified, status);
    }

    [Fact]
    public async Task SendAsync_SignedResponse_LeavesTheBodyReadable()
    {
        _peer.Answer(GetUrl, () => SignedResponse(TestKeys.Peer, ResponseBody));

        using var response = await _client.GetAsync(GetUrl);

        Assert.Equal(ResponseBody, await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("^req_[0-9a-f]{32}$")]
    private static partial Regex NoncePattern();

    private async Task<ResponseSignatureStatus> SendAndReadSignatureStatusAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, GetUrl);
        using var response = await _client.SendAsync(request);
        Assert.True(request.Options.TryGetValue(RequestSigningHandler.SignatureStatusKey, out var status));
        return status;
    }

    private static HttpResponseMessage SignedResponse(byte[] key, string signedBody, Ocid? responder = null, string? bodyOnTheWire = null)
    {
        var ocid = (responder ?? Responder).ToString();
        var timestamp = 1_706_500_001.ToString(CultureInfo.InvariantCulture);
        var canonical = CanonicalResponse.Build(ocid, timestamp, 200, BodyHash.Of(Encoding.UTF8.GetBytes(signedBody)));
        var response = new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(bodyOnTheWire ?? signedBody, Encoding.UTF8, "application/json"),
        };
        response.Headers.Add(OutboundHeaders.Ocid, ocid);
        response.Headers.Add(OutboundHeaders.Timestamp, timestamp);
        response.Headers.Add(OutboundHeaders.Signature, TestKeys.Sign(key, canonical));
        return response;
    }
}
