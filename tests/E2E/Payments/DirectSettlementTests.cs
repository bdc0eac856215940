using System.Diagnostics;

namespace OpenCharge.Checkout.E2E.Payments;

/// <summary>settlement.md path 1: when the merchant accepts our proofs we hold its balance and prove the payment to it.</summary>
public sealed class DirectSettlementTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Pay_WhenMerchantAcceptsUs_CreditsMerchantAndDeliversProofToMerchant()
    {
        await using var scenario = await PaymentScenario.StartAsync();
        var (session, orderId) = await scenario.OpenSessionAsync(accepts: [200]);
        await scenario.TopUpAsync("e2e-direct", "20.00");

        var payment = (await scenario.PayAsync(session, "e2e-direct")).Value!;

        var clock = Stopwatch.StartNew();
        while (!scenario.Merchant.ReceivedProofs.Any(p => p.Txid == payment.ProofTxid))
        {
            Assert.True(clock.Elapsed < Patience, "The merchant never received the proof.");
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
        var proof = scenario.Merchant.ReceivedProofs.First(p => p.Txid == payment.ProofTxid).Proof;
        Assert.Equal(PaymentScenario.MerchantOcid, proof.GetProperty("to").GetProperty("ocid").GetInt64());
        Assert.Equal(orderId, proof.GetProperty("to").GetProperty("reference").GetString());
        Assert.Empty(scenario.MerchantGateway.ReceivedProofs);
        Assert.Equal(1250, await scenario.ScalarAsync($"SELECT balance_minor FROM accounts WHERE owner = 'Merchant:{PaymentScenario.MerchantOcid}'"));
        Assert.Equal(0, await scenario.ScalarAsync($"SELECT COUNT(*) FROM accounts WHERE owner = 'MerchantGateway:{PaymentScenario.GatewayOcid}'"));
    }
}
