using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.Infrastructure.Network;
using OpenCharge.Checkout.Infrastructure.Protocol.Outbound;
using OpenCharge.Checkout.UnitTests.Builders;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Protocol.Outbound;

public sealed class ResponseNegativeVectorTests : IDisposable
{
    private const string Url = "https://api.peer.example/opencharge/transfer/webhook";
    private static readonly Ocid Responder = new(700);

    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(ResponseVectors.SignedAt - 1));
    private readonly FakePeerDirectory _peers = new();
    private readonly StubHttpHandler _peer = new();
    private readonly CountingSecp256k1 _secp = new();
    private readonly HttpClient _client;

    public ResponseNegativeVectorTests()
    {
        _peers.Publish(Responder, TestKeys.PublicKeyOf(TestKeys.Peer));
        _peers.Publish(new Ocid(702), TestKeys.PublicKeyOf(TestKeys.Other));
        var handler = new RequestSigningHandler(
            new FakeProtocolSigner(new Ocid(200), TestKeys.Ours, new BouncyCastleSecp256k1()), _peers, _secp, _time, NullLogger<RequestSigningHandler>.Instance)
        {
            InnerHandler = _peer,
        };
        _client = new HttpClient(handler);
    }

    public static TheoryData<string> Vectors => ResponseVectors.Names;

    [Theory]
    [MemberData(nameof(Vectors))]
    public async Task SendAsync_ResponseVector_ReportsItsSignatureStatus(string vector)
    {
        var (expected, build) = ResponseVectors.All[vector];
        _peer.Answer(Url, () => build().ToResponse());

        var status = await SendAsync();

        Assert.Equal(expected, status);
    }

    [Fact]
    public async Task SendAsync_SignedResponseOver64KB_ThrowsWithoutVerifying()
    {
        var huge = ResponseVectors.Valid() with { Body = new byte[BoundedBody.MaxBytes + 1] };
        _peer.Answer(Url, () => huge.SignedWith(TestKeys.Peer).ToResponse());

        await Assert.ThrowsAsync<ResponseTooLargeException>(SendAsync);

        Assert.Equal(0, _secp.Verifies);
    }

    [Fact]
    public async Task SendAsync_GarbageSignatureWhoseRefreshBringsTheSameKey_CostsOneVerify()
    {
        _peer.Answer(Url, () => (ResponseVectors.Valid() with { Signature = TestKeys.Sign(TestKeys.Peer, "garbage") }).ToResponse());

        var status = await SendAsync();

        Assert.Equal((ResponseSignatureStatus.Invalid, 1), (status, _secp.Verifies));
    }

    [Fact]
    public async Task SendAsync_HighSTwin_CostsNoVerify()
    {
        var valid = ResponseVectors.Valid();
        _peer.Answer(Url, () => (valid with { Signature = SignatureTwins.HighS(valid.Signature!) }).ToResponse());

        await SendAsync();

        Assert.Equal(0, _secp.Verifies);
    }

    public void Dispose() => _client.Dispose();

    private async Task<ResponseSignatureStatus> SendAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = new StringContent("{}") };
        request.Options.Set(RequestSigningHandler.ExpectedResponderKey, Responder);
        using var response = await _client.SendAsync(request);
        Assert.True(request.Options.TryGetValue(RequestSigningHandler.SignatureStatusKey, out var status));
        return status;
    }
}
