using System.Text.Json.Nodes;

using OpenCharge.Checkout.TestSupport;
using OpenCharge.Checkout.TestSupport.Peers;

namespace OpenCharge.Checkout.UnitTests.Support;

public sealed class FakeMerchantTests : IAsyncLifetime
{
    private PeerNetwork _network = null!;

    public async Task InitializeAsync() => _network = await PeerNetwork.StartAsync();

    public async Task DisposeAsync() => await _network.DisposeAsync();

    [Fact]
    public async Task Webhook_WithAcceptedIssuersProof_AcceptsAndRecordsOnceForRepeats()
    {
        var proof = GatewayProof("ord_1", "10.00");

        await _network.Gateway.Host.PostAsync(PeerNetwork.MerchantOcid, "/transfer/webhook", proof.ToEnvelope());
        var repeat = await _network.Gateway.Host.PostAsync(PeerNetwork.MerchantOcid, "/transfer/webhook", proof.ToEnvelope());

        Assert.Equal("accepted", repeat.Json().GetProperty("status").GetString());
        Assert.Single(_network.Merchant.AcceptedProofs);
    }

    [Fact]
    public async Task Webhook_WithIssuerNotAccepted_Answers400IssuerNotAccepted()
    {
        var proof = _network.Payer.Sign(Proof(PeerNetwork.PayerOcid, "ord_1", "10.00"));

        var reply = await _network.Payer.PostAsync(PeerNetwork.MerchantOcid, "/transfer/webhook", proof.ToEnvelope());

        Assert.Equal((400, "ISSUER_NOT_ACCEPTED"), (reply.Status, reply.ErrorCode));
    }

    [Fact]
    public async Task Webhook_WithOtherAmount_Answers400AmountMismatch()
    {
        var reply = await _network.Gateway.Host.PostAsync(PeerNetwork.MerchantOcid, "/transfer/webhook", GatewayProof("ord_1", "10.0").ToEnvelope());

        Assert.Equal((400, "AMOUNT_MISMATCH"), (reply.Status, reply.ErrorCode));
    }

    [Fact]
    public async Task Webhook_ForUnknownOrder_Answers400OrderNotFound()
    {
        var reply = await _network.Gateway.Host.PostAsync(PeerNetwork.MerchantOcid, "/transfer/webhook", GatewayProof("ord_2", "10.00").ToEnvelope());

        Assert.Equal((400, "ORDER_NOT_FOUND"), (reply.Status, reply.ErrorCode));
    }

    [Fact]
    public async Task Webhook_WhenToldToReject_AnswersRejectedAndRecordsNothing()
    {
        _network.Merchant.Answer = MerchantAnswer.Reject;

        var reply = await _network.Gateway.Host.PostAsync(PeerNetwork.MerchantOcid, "/transfer/webhook", GatewayProof("ord_1", "10.00").ToEnvelope());

        Assert.Equal("rejected", reply.Json().GetProperty("status").GetString());
        Assert.Empty(_network.Merchant.AcceptedProofs);
    }

    [Fact]
    public async Task Webhook_WhenUnavailable_Answers503()
    {
        _network.Merchant.Answer = MerchantAnswer.Unavailable;

        var reply = await _network.Gateway.Host.PostAsync(PeerNetwork.MerchantOcid, "/transfer/webhook", GatewayProof("ord_1", "10.00").ToEnvelope());

        Assert.Equal(503, reply.Status);
    }

    private SignedProof GatewayProof(string orderId, string amount) => _network.Gateway.Host.Sign(Proof(PeerNetwork.GatewayOcid, orderId, amount));

    private static JsonObject Proof(long issuer, string orderId, string amount) => new()
    {
        ["txid"] = "tx_" + orderId,
        ["issuer"] = issuer,
        ["from"] = new JsonObject { ["ocid"] = PeerNetwork.PayerOcid },
        ["to"] = new JsonObject { ["ocid"] = PeerNetwork.MerchantOcid, ["reference"] = orderId },
        ["amount"] = amount,
        ["currency"] = "USD",
        ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
    };
}
