using System.Text.Json;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Domain.Settlement.Sagas;
using OpenCharge.Checkout.Infrastructure.Settlement;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Settlement;

public sealed class SettlementRequestsTests
{
    private static readonly Ocid Us = new(200);

    [Fact]
    public void For_PartnerReserveTransfer_SendsFromUsUnderTheStepKeyToTheMerchantOrder()
    {
        var call = Call(SagaStepOperation.TransferCreate, new ProofParty(new Ocid(9001), "ord_1")) with { OrderUrls = ["https://shop.example/orders/ord_1"] };

        var (path, json) = SettlementRequests.For(call, Us);

        Assert.Equal("/transfer/create", path);
        Assert.Equal(
            """{"from":{"ocid":200,"reference":"stl_key_0"},"to":{"ocid":9001,"reference":"ord_1"},"amount":"12.50","currency":"USD","order":{"id":"ord_1","urls":["https://shop.example/orders/ord_1"]}}""",
            json);
    }

    [Fact]
    public void For_PaymentCreate_SendsAnIntegerToAndTheNextTxidAsOrderId()
    {
        var call = Call(SagaStepOperation.PaymentCreate, new ProofParty(new Ocid(300), "t_gateway")) with { ExpiresAt = DateTimeOffset.FromUnixTimeSeconds(1706503600) };

        var (path, json) = SettlementRequests.For(call, Us);

        Assert.Equal("/payment/create", path);
        Assert.Equal(
            """{"to":300,"amount":"12.50","currency":"USD","reference":"stl_key_0","expiresAt":1706503600,"order":{"id":"t_gateway","urls":[]}}""",
            json);
    }

    [Fact]
    public void For_PaymentSettle_HandsTheProofOnAsSigned()
    {
        var proof = new StoredProof("p_1", new Ocid(100), """{"amount":"12.50","issuer":100,"txid":"p_1"}""", "abc");
        var call = Call(SagaStepOperation.PaymentSettle, new ProofParty(new Ocid(9001), "ord_1")) with { SettleTxid = "t_gateway", SettleProof = proof };

        var (path, json) = SettlementRequests.For(call, Us);

        Assert.Equal("/payment/settle", path);
        using var body = JsonDocument.Parse(json);
        Assert.Equal("t_gateway", body.RootElement.GetProperty("txid").GetString());
        Assert.Equal(proof.Json, body.RootElement.GetProperty("proof").GetRawText());
        Assert.Equal("abc", body.RootElement.GetProperty("signature").GetString());
    }

    private static SagaCall Call(SagaStepOperation operation, ProofParty to) => new(0, operation, new Ocid(300), "stl_key_0", to, "12.50", "USD");
}
