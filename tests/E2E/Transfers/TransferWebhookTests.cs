using System.Text.Json.Nodes;

using OpenCharge.Checkout.E2E.FakePeers;

namespace OpenCharge.Checkout.E2E.Transfers;

/// <summary>endpoints.md A6 over real HTTP: every refusal, wallet and reserve top-ups, and crediting exactly once.</summary>
[Collection(TransfersCollection.Name)]
public sealed class TransferWebhookTests(TransfersFixture gateway)
{
    private const string Path = "/opencharge/transfer/webhook";

    [Fact]
    public async Task Webhook_WalletTopUpFromAPartner_CreditsTheWalletAndAnswersAccepted()
    {
        var (userId, wallet) = await gateway.NewShopperAsync();
        var txid = NewTxid();

        var response = await gateway.PostAsync(gateway.Partner, Path, gateway.Partner.WebhookBody(txid, TransfersFixture.Us, wallet, "12.00", "USD"));

        Assert.Equal(200, response.Status);
        Assert.Contains($"\"txid\":\"{txid}\"", response.Body, StringComparison.Ordinal);
        Assert.Contains("\"accepted\"", response.Body, StringComparison.Ordinal);
        Assert.Equal(12_00, await gateway.BalanceAsync("Shopper:" + userId));
        await gateway.AssertLedgerBalancedAsync();
    }

    [Fact]
    public async Task Webhook_TwentyConcurrentDeliveriesOfOneProof_CreditOnceAndAllAnswerAccepted()
    {
        var (userId, wallet) = await gateway.NewShopperAsync();
        var body = gateway.Partner.WebhookBody(NewTxid(), TransfersFixture.Us, wallet, "3.00", "USD");

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => gateway.PostAsync(gateway.Partner, Path, body))));

        Assert.All(responses, r => Assert.True(r.Status == 200 && r.Body.Contains("\"accepted\"", StringComparison.Ordinal), r.ToString()));
        Assert.Equal(3_00, await gateway.BalanceAsync("Shopper:" + userId));
        await gateway.AssertLedgerBalancedAsync();
    }

    [Fact]
    public async Task Webhook_ReserveTopUp_CreditsThePartnersReserve()
    {
        var before = await gateway.BalanceAsync("PartnerReserve:710");

        var response = await gateway.PostAsync(gateway.Partner, Path, gateway.Partner.WebhookBody(NewTxid(), TransfersFixture.Us, "reserve_710", "9.00", "USD"));

        Assert.Equal(200, response.Status);
        Assert.Equal(before + 9_00, await gateway.BalanceAsync("PartnerReserve:710"));
    }

    [Fact]
    public async Task Webhook_ReserveTopUpInACurrencyWithoutReserve_Returns400CurrencyMismatch()
    {
        var response = await gateway.PostAsync(gateway.Partner, Path, gateway.Partner.WebhookBody(NewTxid(), TransfersFixture.Us, "reserve_710", "9.00", "EUR"));

        Assert.Equal((400, "CURRENCY_MISMATCH"), (response.Status, response.ErrorCode()));
    }

    [Fact]
    public async Task Webhook_UnknownReference_IsRecordedAndAcceptedWithNothingCredited()
    {
        var txid = NewTxid();

        var response = await gateway.PostAsync(gateway.Partner, Path, gateway.Partner.WebhookBody(txid, TransfersFixture.Us, "something_else", "1.00", "USD"));

        Assert.Equal(200, response.Status);
        Assert.Contains("\"accepted\"", response.Body, StringComparison.Ordinal);
        Assert.Equal(1, await gateway.CountAsync("SELECT count(*) FROM proof_records WHERE txid = $1 AND direction = 'Received'", txid));
        Assert.Equal(0, await gateway.CountAsync("SELECT count(*) FROM ledger_transactions WHERE reference = $1", txid));
    }

    [Fact]
    public async Task Webhook_IssuerNotAccepted_Returns400IssuerNotAccepted()
    {
        var response = await gateway.PostAsync(gateway.Outsider, Path, gateway.Outsider.WebhookBody(NewTxid(), TransfersFixture.Us, "reserve_711", "1.00", "USD"));

        Assert.Equal((400, "ISSUER_NOT_ACCEPTED"), (response.Status, response.ErrorCode()));
    }

    [Fact]
    public async Task Webhook_PartnerWithoutRole_Returns400IssuerNotAccepted()
    {
        var response = await gateway.PostAsync(gateway.Merchant, Path, gateway.Merchant.WebhookBody(NewTxid(), TransfersFixture.Us, "reserve_712", "1.00", "USD"));

        Assert.Equal((400, "ISSUER_NOT_ACCEPTED"), (response.Status, response.ErrorCode()));
    }

    [Fact]
    public async Task Webhook_SignatureByAnotherKey_Returns400ProofSignatureInvalid()
    {
        var forged = JsonNode.Parse(gateway.Outsider.WebhookBody(NewTxid(), TransfersFixture.Us, "reserve_710", "1.00", "USD"))!;
        forged["proof"]!["issuer"] = gateway.Partner.Ocid;

        var response = await gateway.PostAsync(gateway.Partner, Path, forged.ToJsonString());

        Assert.Equal((400, "PROOF_SIGNATURE_INVALID"), (response.Status, response.ErrorCode()));
    }

    [Fact]
    public async Task Webhook_ProofPayingAnotherOcid_Returns400InvalidProof()
    {
        var response = await gateway.PostAsync(gateway.Partner, Path, gateway.Partner.WebhookBody(NewTxid(), gateway.Merchant.Ocid, "reserve_710", "1.00", "USD"));

        Assert.Equal((400, "INVALID_PROOF"), (response.Status, response.ErrorCode()));
    }

    [Theory]
    [InlineData("""{"signature":"00"}""")]
    [InlineData("""{"proof":{"txid":"t","issuer":710,"to":{"ocid":200},"amount":"1.00","currency":"USD","timestamp":1},"signature":5}""")]
    [InlineData("""not json""")]
    [InlineData("""{"proof":{"txid":"t\u0000","issuer":710,"to":{"ocid":200},"amount":"1.00","currency":"USD","timestamp":1},"signature":"00"}""")]
    public async Task Webhook_MalformedEnvelope_Returns400InvalidProof(string body)
    {
        var response = await gateway.PostAsync(gateway.Partner, Path, body);

        Assert.Equal((400, "INVALID_PROOF"), (response.Status, response.ErrorCode()));
    }

    [Fact]
    public async Task Webhook_AmountThatIsNoMoney_Returns400InvalidProof()
    {
        var response = await gateway.PostAsync(gateway.Partner, Path, gateway.Partner.WebhookBody(NewTxid(), TransfersFixture.Us, "reserve_710", "-1", "USD"));

        Assert.Equal((400, "INVALID_PROOF"), (response.Status, response.ErrorCode()));
    }

    [Fact]
    public async Task WalletPage_SignedInShopper_ShowsTheReferencePeersPayInto()
    {
        var (page, wallet) = await gateway.WalletPageOfNewShopperAsync();

        Assert.Matches("^wallet_[0-9a-f]{24}$", wallet);
        Assert.Contains(wallet, page, StringComparison.Ordinal);
    }

    private static string NewTxid() => "ptx_" + Guid.NewGuid().ToString("N");
}
