using OpenCharge.Checkout.E2E.Fixtures;

namespace OpenCharge.Checkout.E2E.Payments;

/// <summary>Double clicks, retries and racing devices produce one debit, one proof and one delivery.</summary>
public sealed class ExactlyOncePaymentTests
{
    private const int Attempts = 50;

    [Fact]
    public async Task Pay_FiftyConcurrentAttemptsOnOneSession_DebitsOnceAndEnqueuesOneProof()
    {
        await using var scenario = await PaymentScenario.StartAsync();
        var (session, _) = await scenario.OpenSessionAsync();
        const string shopper = "e2e-shopper-concurrent";
        await scenario.TopUpAsync(shopper, "100.00");

        var results = await Task.WhenAll(Enumerable.Range(0, Attempts).Select(_ => Task.Run(() => scenario.PayAsync(session, shopper))));

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error?.Message));
        Assert.Single(results.Select(r => r.Value!.ProofTxid).Distinct());
        Assert.Equal(1, await scenario.ScalarAsync($"SELECT COUNT(*) FROM ledger_transactions WHERE reference = '{session}'"));
        Assert.Equal(1, await scenario.ScalarAsync($"SELECT COUNT(*) FROM webhook_deliveries WHERE txid = '{results[0].Value!.ProofTxid}'"));
        Assert.Equal(8750, await scenario.ScalarAsync($"SELECT balance_minor FROM accounts WHERE owner = 'Shopper:{shopper}' AND currency = 'USD'"));
        await LedgerAudit.AssertBalancedAsync(scenario.Database.ConnectionString);
    }

    [Fact]
    public async Task Pay_ByAnotherShopperAfterPaid_IsRefusedAndNotCharged()
    {
        await using var scenario = await PaymentScenario.StartAsync();
        var (session, _) = await scenario.OpenSessionAsync();
        await scenario.TopUpAsync("e2e-first", "20.00");
        await scenario.TopUpAsync("e2e-second", "20.00");
        await scenario.PayAsync(session, "e2e-first");

        var second = await scenario.PayAsync(session, "e2e-second");

        Assert.Equal("session.already_paid", second.Error?.Code);
        Assert.Equal(2000, await scenario.ScalarAsync("SELECT balance_minor FROM accounts WHERE owner = 'Shopper:e2e-second'"));
        await LedgerAudit.AssertBalancedAsync(scenario.Database.ConnectionString);
    }

    [Fact]
    public async Task Pay_WithShortBalance_ChargesNothing()
    {
        await using var scenario = await PaymentScenario.StartAsync();
        var (session, _) = await scenario.OpenSessionAsync();
        await scenario.TopUpAsync("e2e-short", "5.00");

        var result = await scenario.PayAsync(session, "e2e-short");

        Assert.Equal("ledger.insufficient_funds", result.Error?.Code);
        Assert.Equal(0, await scenario.ScalarAsync("SELECT COUNT(*) FROM webhook_deliveries"));
        Assert.Equal(500, await scenario.ScalarAsync("SELECT balance_minor FROM accounts WHERE owner = 'Shopper:e2e-short'"));
        await LedgerAudit.AssertBalancedAsync(scenario.Database.ConnectionString);
    }
}
