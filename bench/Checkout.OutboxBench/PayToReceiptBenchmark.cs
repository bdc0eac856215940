using System.Diagnostics;
using System.Globalization;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Domain.Orders;
using OpenCharge.Checkout.Domain.PaymentMethods;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Settlement;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.OutboxBench;

/// <summary>
/// P3: one payment at a time through the pay use case (what the pay button runs), then the dispatcher, to a merchant on
/// its own Kestrel host. Prints click → receipt and pay returned → receipt; the pay returns right after its commit.
/// </summary>
internal sealed class PayToReceiptBenchmark(BenchOptions options)
{
    private const long MerchantOcid = 9801;
    private const string Shopper = "bench-shopper";
    private static readonly Currency Usd = Currency.TryParse("USD", out var usd) ? usd : throw new InvalidOperationException("USD");

    public async Task<int> RunAsync()
    {
        await using var merchant = await WebhookReceiver.StartAsync(MerchantOcid);
        await using var gateway = await OutboxGateway.CreateAsync(options.ConnectionString, new Dictionary<long, string> { [MerchantOcid] = merchant.Endpoint });
        await gateway.StartAsync();
        var total = options.Warmup + options.Payments;
        var sessions = await OpenSessionsAsync(gateway, total);
        await FundShopperAsync(gateway, total);

        var clickToReceipt = new List<double>();
        var commitToReceipt = new List<double>();
        var run = Stopwatch.StartNew();
        for (var i = 0; i < total && run.Elapsed < options.TimeLimit; i++)
        {
            var (clicked, returned, received) = await PayAsync(gateway, merchant, sessions[i]);
            if (i >= options.Warmup)
            {
                clickToReceipt.Add(Stopwatch.GetElapsedTime(clicked, received).TotalMilliseconds);
                commitToReceipt.Add(Stopwatch.GetElapsedTime(returned, received).TotalMilliseconds);
            }
        }

        Console.WriteLine($"""

            === P3: pay → proof received by merchant {MerchantOcid} on its own Kestrel host, one payment at a time ===
              click → receipt               {new Percentiles(clickToReceipt)}
              pay returned → receipt        {new Percentiles(commitToReceipt)}
              (warm-up: {options.Warmup} payments, not counted; a negative figure means the proof arrived before the pay call returned)
            """);
        return clickToReceipt.Count == options.Payments ? 0 : 1;
    }

    private static async Task<(long Clicked, long Returned, long Received)> PayAsync(OutboxGateway gateway, WebhookReceiver merchant, SessionId session)
    {
        await using var scope = gateway.Services.CreateAsyncScope();
        var pay = scope.ServiceProvider.GetRequiredService<PaySession>();
        var clicked = Stopwatch.GetTimestamp();
        var paid = await pay.ExecuteAsync(session, Shopper, PaymentMethodKind.WalletBalance, CancellationToken.None);
        var returned = Stopwatch.GetTimestamp();
        if (!paid.IsSuccess)
        {
            throw new InvalidOperationException($"Paying {session} failed: {paid.Error}");
        }
        var received = await merchant.ArrivalAsync(paid.Value.ProofTxid).WaitAsync(TimeSpan.FromSeconds(30));
        return (clicked, returned, received);
    }

    // Sessions are stored as checkout/create would leave them; creating them is P1's subject, not this one's.
    private static async Task<List<SessionId>> OpenSessionsAsync(OutboxGateway gateway, int count)
    {
        var merchant = new Ocid(MerchantOcid);
        var now = DateTimeOffset.UtcNow;
        var total = Money.TryParse("1.00", Usd, out var amount) ? amount : throw new InvalidOperationException("1.00 USD");
        var sessions = Enumerable.Range(0, count).Select(i =>
        {
            var id = $"ord_p3_{i}_{Guid.NewGuid():N}";
            var json = $$"""{"id":"{{id}}","merchantOcid":{{MerchantOcid}},"amount":"1.00","currency":"USD"}""";
            var order = new SignedOrder(id, merchant, "1.00", total, now, null, null, json, "bench-unsigned");
            // Owned values: EF Core stores an instance with one owner only, so each session gets its own.
            var urls = new RedirectUrls(new Uri("https://merchant.example/paid"), new Uri("https://merchant.example/cancelled"));
            var route = new SettlementRoute(AccountOwner.Merchant(merchant), merchant, ProofAddressing.MerchantOrder);
            return CheckoutSession.Open(order, merchant, urls, route, now, TimeSpan.FromHours(1));
        }).ToList();
        await using var db = await gateway.Services.GetRequiredService<IDbContextFactory<CheckoutDbContext>>().CreateDbContextAsync();
        db.CheckoutSessions.AddRange(sessions);
        await db.SaveChangesAsync();
        return [.. sessions.Select(s => s.Id)];
    }

    private static async Task FundShopperAsync(OutboxGateway gateway, int payments)
    {
        await using var scope = gateway.Services.CreateAsyncScope();
        var amount = Money.TryParse(payments.ToString(CultureInfo.InvariantCulture) + ".00", Usd, out var money) ? money : throw new InvalidOperationException("amount");
        var funded = await scope.ServiceProvider.GetRequiredService<TopUpSandboxWallet>().ExecuteAsync(Shopper, amount, CancellationToken.None);
        if (!funded.IsSuccess)
        {
            throw new InvalidOperationException($"Funding the shopper failed: {funded.Error}");
        }
    }
}
