using System.Net;

using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Domain.Webhooks;
using OpenCharge.Checkout.Infrastructure.Network;
using OpenCharge.Checkout.Infrastructure.Protocol.Outbound;
using OpenCharge.Checkout.Infrastructure.Webhooks;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Webhooks;

public sealed class DeliverySenderTests
{
    private static readonly ClaimedDelivery Claim = new(
        WebhookDelivery.ForProof(new Ocid(500), new Ocid(900), "tx-1", """{"proof":{}}""", DateTimeOffset.UnixEpoch), DateTimeOffset.UnixEpoch);

    private readonly CountingDirectory _directory = new();
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task Send_When401_RefreshesTheReceiversMetadata()
    {
        var sent = await Sender(_ => Task.FromResult(new HttpResponseMessage(HttpStatusCode.Unauthorized))).SendAsync(Claim, CancellationToken.None);

        Assert.Equal("unauthorized", sent!.Outcome.Word);
        Assert.Equal(1, _directory.Refreshes);
    }

    [Fact]
    public async Task Send_WhenAccepted_DoesNotRefresh()
    {
        var sent = await Sender(_ => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"status":"accepted"}""") }))
            .SendAsync(Claim, CancellationToken.None);

        Assert.Equal(("delivered", 0), (sent!.Outcome.Word, _directory.Refreshes));
    }

    [Fact]
    public async Task Send_WhenConnectionRefused_IsNetworkError()
    {
        var sent = await Sender(_ => throw new HttpRequestException("Connection refused")).SendAsync(Claim, CancellationToken.None);

        Assert.Equal(("network-error", (int?)null), (sent!.Outcome.Word, sent.Outcome.HttpStatus));
    }

    [Fact]
    public async Task Send_WhenAnswerIsOver64KB_IsNetworkErrorNotDelivered()
    {
        var accepted = "{\"status\":\"accepted\",\"padding\":\"" + new string('x', BoundedBody.MaxBytes) + "\"}";
        var sent = await Sender(_ => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(accepted) }))
            .SendAsync(Claim, CancellationToken.None);

        Assert.Equal("network-error", sent!.Outcome.Word);
    }

    [Fact]
    public async Task Send_WhenHttpClientTimesOut_IsTimeout()
    {
        var sent = await Sender(_ => throw new TaskCanceledException("timeout")).SendAsync(Claim, CancellationToken.None);

        Assert.Equal("timeout", sent!.Outcome.Word);
    }

    [Fact]
    public async Task Send_WhenShutdownCancels_RecordsNothing()
    {
        using var stopping = new CancellationTokenSource();
        var sender = Sender(async token =>
        {
            await stopping.CancelAsync();
            token.ThrowIfCancellationRequested();
            return new HttpResponseMessage(HttpStatusCode.OK);
        });

        var sent = await sender.SendAsync(Claim, stopping.Token);

        Assert.Null(sent);
    }

    private DeliverySender Sender(Func<CancellationToken, Task<HttpResponseMessage>> answer) =>
        new(new PeerClient(new HttpClient(new StubHandler(answer)), _directory), _directory, _time, NullLogger<DeliverySender>.Instance);

    private sealed class StubHandler(Func<CancellationToken, Task<HttpResponseMessage>> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => answer(cancellationToken);
    }

    private sealed class CountingDirectory : IPeerDirectory
    {
        public int Refreshes { get; private set; }

        public Task<PeerLookup> FindAsync(Ocid ocid, bool refresh, CancellationToken cancellationToken)
        {
            Refreshes += refresh ? 1 : 0;
            PeerLookup found = new PeerLookup.Found(new PeerMetadata(ocid, "Merchant", "http://127.0.0.1:9/opencharge", "02", [], PeerSettlement.None));
            return Task.FromResult(found);
        }
    }
}
