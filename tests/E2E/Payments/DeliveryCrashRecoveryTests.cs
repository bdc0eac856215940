using System.Diagnostics;
using System.Text;
using System.Text.Json;

using OpenCharge.Checkout.E2E.FakePeers;
using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.Infrastructure.Protocol;

namespace OpenCharge.Checkout.E2E.Payments;

/// <summary>The proof survives a crash of the gateway while its receiver is down, and arrives once per (issuer, txid).</summary>
public sealed class DeliveryCrashRecoveryTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Deliver_HostKilledWhileReceiverDown_DeliversProofOnceAfterRestart()
    {
        await using var scenario = await PaymentScenario.StartAsync();
        scenario.MerchantGateway.WebhookAvailable = false;
        var (session, orderId) = await scenario.OpenSessionAsync();
        await scenario.TopUpAsync("e2e-crash", "50.00");
        var payment = (await scenario.PayAsync(session, "e2e-crash")).Value!;
        await WaitUntilAsync(async () => await scenario.ScalarAsync($"SELECT attempt_count FROM webhook_deliveries WHERE txid = '{payment.ProofTxid}'") >= 1);

        scenario.Host.Kill();
        scenario.MerchantGateway.WebhookAvailable = true;
        await scenario.Host.RestartAsync();
        await WaitUntilAsync(() => Task.FromResult(scenario.MerchantGateway.ReceivedProofs.Any(p => p.Txid == payment.ProofTxid)));
        await WaitUntilAsync(async () => await scenario.ScalarAsync($"SELECT COUNT(*) FROM webhook_deliveries WHERE txid = '{payment.ProofTxid}' AND status = 'Delivered'") == 1);

        var received = scenario.MerchantGateway.ReceivedProofs.Where(p => p.Txid == payment.ProofTxid).ToArray();
        Assert.Single(received.Select(p => (p.Issuer, p.Txid)).Distinct());
        var proof = received[0];
        Assert.Equal(200, proof.Issuer);
        Assert.Equal("200", proof.SenderOcid);
        Assert.Equal(orderId, proof.Proof.GetProperty("to").GetProperty("reference").GetString());
        Assert.Equal(PaymentScenario.MerchantOcid, proof.Proof.GetProperty("to").GetProperty("ocid").GetInt64());
        Assert.Equal("12.50", proof.Proof.GetProperty("amount").GetString());
        Assert.True(IndependentVerifier.Verify(await GatewayKeyAsync(scenario), Encoding.UTF8.GetBytes(CanonicalJson.Canonicalize(proof.Proof)), proof.Signature));
        await LedgerAudit.AssertBalancedAsync(scenario.Database.ConnectionString);
    }

    private static async Task<string> GatewayKeyAsync(PaymentScenario scenario)
    {
        using var http = new HttpClient();
        using var document = JsonDocument.Parse(await http.GetStringAsync(scenario.Host.BaseUrl + "/opencharge/metadata.json"));
        return document.RootElement.GetProperty("config").GetProperty("publicKey").GetString()!;
    }

    /// <summary>Waits for a condition the system reaches by itself (a retry falls due); fails after a generous limit.</summary>
    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < Patience, "The condition did not hold within " + Patience);
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }
}
