using System.Diagnostics;

namespace OpenCharge.Checkout.E2E.Payments;

/// <summary>
/// settlement.md path 1: when the merchant accepts our proofs we hold its balance and prove the payment to it; gaps.md
/// G19 "also": the merchant gateway that opened the checkout receives the same proof.
/// </summary>
public sealed class DirectSettlementTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Pay_WhenMerchantAcceptsUs_CreditsMerchantAndDeliversTheProofToMerchantAndCallingGateway()
    {
        await using var scenario = await PaymentScenario.StartAsync();
        var (session, orderId) = await scenario.OpenSessionAsync(accepts: [200]);
        await scenario.TopUpAsync("e2e-direct", "20.00");

        var payment = (await scenario.PayAsync(session, "e2e-direct")).Value!;

        var clock = Stopwatch.StartNew();
        while (!scenario.Merchant.ReceivedProofs.Any(p => p.Txid == payment.ProofTxid) || !scenario.MerchantGateway.ReceivedProofs.Any(p => p.Txid == payment.ProofTxid))
        {
            Assert.True(clock.Elapsed < Patience, "The merchant or its gateway never received the proof.");
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
        var toMerchant = scenario.Merchant.ReceivedProofs.First(p => p.Txid == payment.ProofTxid);
        var toGateway = scenario.MerchantGateway.ReceivedProofs.First(p => p.Txid == payment.ProofTxid);
        Assert.Equal(PaymentScenario.MerchantOcid, toMerchant.Proof.GetProperty("to").GetProperty("ocid").GetInt64());
        Assert.Equal(orderId, toMerchant.Proof.GetProperty("to").GetProperty("reference").GetString());
        Assert.Equal((toMerchant.Proof.GetRawText(), toMerchant.Signature), (toGateway.Proof.GetRawText(), toGateway.Signature));
        Assert.Equal(1250, await scenario.ScalarAsync($"SELECT balance_minor FROM accounts WHERE owner = 'Merchant:{PaymentScenario.MerchantOcid}'"));
        Assert.Equal(0, await scenario.ScalarAsync($"SELECT COUNT(*) FROM accounts WHERE owner = 'MerchantGateway:{PaymentScenario.GatewayOcid}'"));
    }
}
