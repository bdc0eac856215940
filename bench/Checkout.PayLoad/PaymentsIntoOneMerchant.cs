using System.Diagnostics;
using System.Globalization;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Domain.PaymentMethods;
using OpenCharge.Checkout.Domain.Sessions;

namespace OpenCharge.Checkout.PayLoad;

/// <summary>
/// P4, first half: every wallet pays its own sessions into the one merchant account at the same time, through
/// <see cref="PaySession"/> (the use case behind the checkout page's Pay button) on the production wiring and a real
/// database. Prints payments/s, latency and errors, then checks the books: the merchant holds exactly what was paid.
/// </summary>
internal sealed class PaymentsIntoOneMerchant(IServiceProvider services, BenchDatabase database, PayLoadOptions options)
{
    public async Task<PhaseResult> RunAsync()
    {
        var sessions = await SeedAsync();
        // Warm-up, not timed: pools, the merchant's account and the JIT's optimised code are all in place. One payment per
        // wallet left the hot path still in the JIT's instrumented tier for most of the timed phase.
        var warmUp = new Latencies();
        var warmUpErrors = await PayEveryWalletAsync(sessions, mine => mine.Take(options.WarmupPerWallet), warmUp);
        var warmedUp = warmUp.Count - warmUpErrors;

        var latencies = new Latencies();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds));
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var errors = await PayEveryWalletAsync(
            sessions, mine => mine.Skip(options.WarmupPerWallet).TakeWhile(_ => !deadline.IsCancellationRequested), latencies);
        clock.Stop();
        // This process is the gateway: its CPU per payment is meaningful on a busy machine, where payments/s is not.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

        var paid = latencies.Count - errors;
        var rate = paid / clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pay into one merchant: {options.Wallets} wallets, {paid} payments in {clock.Elapsed.TotalSeconds:0.0} s = {rate:0} payments/s, p50 {latencies.Percentile(50):0.0} ms, p99 {latencies.Percentile(99):0.0} ms, {errors} errors"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  gateway CPU: {cpu.TotalMilliseconds / Math.Max(paid, 1):0.00} ms per payment ({cpu.TotalSeconds:0.0} s over the timed phase)"));

        var problems = await CheckBooksAsync(warmedUp + paid);
        foreach (var problem in problems)
        {
            Console.WriteLine("  books: " + problem);
        }
        Console.WriteLine(problems.Count == 0 ? "  books: balanced; the merchant holds every payment" : "  books: NOT BALANCED");
        return new PhaseResult(rate, errors == 0 && problems.Count == 0);
    }

    /// <summary>Every wallet pays its picked sessions one after another, all wallets at once; returns the failures.</summary>
    private async Task<int> PayEveryWalletAsync(
        CheckoutSession[][] sessions, Func<CheckoutSession[], IEnumerable<CheckoutSession>> pick, Latencies latencies)
    {
        var errors = 0;
        await Task.WhenAll(sessions.Select((mine, wallet) => Task.Run(async () =>
        {
            foreach (var session in pick(mine))
            {
                if (!await PayAsync(session, wallet, latencies))
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })));
        return errors;
    }

    private async Task<CheckoutSession[][]> SeedAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var perWallet = options.WarmupPerWallet + options.PaymentsPerWallet;
        var sessions = Enumerable.Range(0, options.Wallets)
            .Select(wallet => Enumerable.Range(0, perWallet).Select(n => BenchSessions.Open($"ord_{wallet}_{n}", now)).ToArray())
            .ToArray();
        await database.StoreAsync(sessions.SelectMany(mine => mine));
        for (var wallet = 0; wallet < options.Wallets; wallet++)
        {
            await using var scope = services.CreateAsyncScope();
            var topUp = await scope.ServiceProvider.GetRequiredService<TopUpSandboxWallet>()
                .ExecuteAsync(ShopperOf(wallet), new Money(BenchSessions.Price.Minor * perWallet, BenchSessions.Price.Currency), CancellationToken.None);
            if (!topUp.IsSuccess)
            {
                throw new InvalidOperationException(topUp.Error.Message);
            }
        }
        return sessions;
    }

    private async Task<bool> PayAsync(CheckoutSession session, int wallet, Latencies latencies)
    {
        var result = await latencies.TimeAsync(async () =>
        {
            await using var scope = services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<PaySession>()
                .ExecuteAsync(session.Id, ShopperOf(wallet), PaymentMethodKind.WalletBalance, CancellationToken.None);
        });
        if (!result.IsSuccess)
        {
            Console.WriteLine($"  pay {session.Id} failed: {result.Error.Code} {result.Error.Message}");
        }
        return result.IsSuccess;
    }

    /// <summary>Movements that do not sum to zero, balances that are not the sum of their entries, a merchant short of what was paid.</summary>
    private async Task<List<string>> CheckBooksAsync(int payments)
    {
        await using var db = database.NewContext();
        var problems = await db.Database.SqlQuery<string>(
            $"""
            SELECT 'movement ' || transaction_id || ' does not sum to zero' AS "Value" FROM ledger_entries GROUP BY transaction_id HAVING sum(amount_minor) <> 0
            UNION ALL
            SELECT 'account ' || a.owner || ' is not the sum of its entries' FROM accounts a LEFT JOIN ledger_entries e ON e.account_id = a.id
            GROUP BY a.id, a.owner, a.balance_minor HAVING a.balance_minor <> coalesce(sum(e.amount_minor), 0)
            """).ToListAsync();
        var merchant = AccountOwner.Merchant(BenchSessions.Merchant);
        var held = await db.Accounts.Where(a => a.Owner == merchant).Select(a => a.BalanceMinor).SingleAsync();
        if (held != payments * BenchSessions.Price.Minor)
        {
            problems.Add($"the merchant holds {held}, not {payments} × {BenchSessions.Price.Minor}");
        }
        return problems;
    }

    private static string ShopperOf(int wallet) => $"bench_shopper_{wallet}";
}
