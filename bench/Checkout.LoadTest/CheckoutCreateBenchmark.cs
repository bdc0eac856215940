using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

using OpenCharge.Checkout.BenchSupport;

namespace OpenCharge.Checkout.LoadTest;

/// <summary>
/// The phases against one running server at one connection count: one checked request, a warm-up that is not counted,
/// pre-signing a pool sized from the warm-up rate (with a floor), then the timed phase with CPU accounting per process. Its figures
/// are keyed <c>{target}_{connections}_{figure}</c>.
/// </summary>
internal sealed class CheckoutCreateBenchmark(HttpClient http, LoadTarget target, int connections, LoadOptions options)
{
    /// <summary>authentication.md §3: the server accepts timestamps within ±300 s; keep a margin.</summary>
    private static readonly TimeSpan MaxRequestAge = TimeSpan.FromSeconds(240);
    // The warm-up runs while the JIT is still busy and measured about 40 % of the timed rate in a first run.
    private const double PoolHeadroom = 3;
    // A floor on the rate the pool is sized for: a warm-up slowed by the JIT once sized the gateway's pool for a
    // quarter of its timed rate, and signing the rest on the fly took CPU from the server being measured.
    private const double MinPoolRate = 8_000;
    private const int MaxPoolSize = 400_000;

    public async Task<(LoadResult Result, IReadOnlyDictionary<string, string> Figures)> RunAsync()
    {
        Console.WriteLine();
        Console.WriteLine(Invariant($"=== {target.Name}: {connections} connections, {options.Duration.TotalSeconds:0} s (warm-up {options.Warmup.TotalSeconds:0} s) ==="));
        await CheckOneRequestAsync();

        var warmupPool = Timed(() => target.Signer.SignPool(connections * 10), out var warmupSigning);
        var signingRate = warmupPool.Length / warmupSigning.TotalSeconds;
        Console.WriteLine(Invariant($"signing: {warmupPool.Length} requests in {warmupSigning.TotalSeconds:0.00} s = {signingRate:0} requests/s (2 signatures each)"));
        var warmup = await LoadPhase.RunAsync(http, new RequestSource(warmupPool, target.Signer), target.Signer.CreateUrl, connections, options.Warmup);
        Console.WriteLine($"warm-up (not counted): {warmup.Describe()}");

        var poolSize = PoolSize(warmup.RequestsPerSecond, signingRate);
        var pool = Timed(() => target.Signer.SignPool(poolSize), out var poolSigning);
        Console.WriteLine(Invariant($"pre-signed {pool.Length} requests in {poolSigning.TotalSeconds:0.0} s before the timed phase"));

        var source = new RequestSource(pool, target.Signer);
        var cpu = new[] { new CpuUsage(target.ProcessName, target.ProcessId, false), new CpuUsage("load tool", Environment.ProcessId, false) }
            .Concat(options.PostmasterPid is { } pid ? [new CpuUsage("PostgreSQL", pid, true)] : [])
            .ToArray();
        var loadBefore = MachineSnapshot.LoadAverage();
        foreach (var usage in cpu)
        {
            usage.Start();
        }
        var midRun = MidRunSnapshotAsync();
        var result = await LoadPhase.RunAsync(http, source, target.Signer.CreateUrl, connections, options.Duration);
        var cores = cpu.ToDictionary(c => c.Name, c => c.CoresUsed());
        var (loadDuring, top) = await midRun;

        Console.WriteLine();
        Console.WriteLine(Invariant($"timed phase: {connections} connections, {options.Duration.TotalSeconds:0} s"));
        Console.WriteLine($"  {result.Describe()}");
        Console.WriteLine(Invariant($"  requests: {source.TakenFromPool} pre-signed (pool {source.PoolSize}), {source.SignedOnTheFly} signed on the fly"));
        foreach (var (name, tally) in result.Errors)
        {
            Console.WriteLine($"  error {name}: {tally.Count}, e.g. {Truncate(tally.Example, 300)}");
        }
        Console.WriteLine("  CPU (cores busy, of 2): " + string.Join(", ", cores.Select(c => Invariant($"{c.Key} {c.Value:0.00}"))));
        Console.WriteLine("  CPU per request: " + string.Join(", ", cores.Select(c => Invariant($"{c.Key} {CpuMsPerRequest(c.Value, result):0.00} ms"))));
        Console.WriteLine($"  load average before: {loadBefore}; during: {loadDuring}");
        Console.WriteLine($"  top -b -n 1 at mid-run, then top -H -b -n 1 -p <{target.ProcessName}>:");
        Console.WriteLine("    " + top.Replace("\n", "\n    ", StringComparison.Ordinal));

        var figures = new Dictionary<string, string>
        {
            ["requests"] = Invariant($"{result.Requests}"),
            ["all_requests"] = Invariant($"{1 + warmup.Requests + result.Requests}"),
            ["process"] = target.ProcessName,
            ["rps"] = Invariant($"{result.RequestsPerSecond:0.0}"),
            ["p50_ms"] = Invariant($"{result.PercentileMs(50):0.0}"),
            ["p90_ms"] = Invariant($"{result.PercentileMs(90):0.0}"),
            ["p99_ms"] = Invariant($"{result.PercentileMs(99):0.0}"),
            ["max_ms"] = Invariant($"{result.MaxMs:0.0}"),
            ["mean_ms"] = Invariant($"{result.MeanMs:0.0}"),
            ["errors"] = Invariant($"{result.ErrorCount}"),
            ["presigned"] = Invariant($"{source.TakenFromPool}"),
            ["signed_on_the_fly"] = Invariant($"{source.SignedOnTheFly}"),
            ["signing_rps"] = Invariant($"{signingRate:0}"),
            ["warmup_rps"] = Invariant($"{warmup.RequestsPerSecond:0.0}"),
            ["load_before"] = loadBefore,
            ["load_during"] = loadDuring,
        };
        foreach (var (name, value) in cores)
        {
            var key = name.Replace(' ', '_').Replace(".", "", StringComparison.Ordinal);
            figures["cores_" + key] = Invariant($"{value:0.00}");
            figures["cpu_ms_" + key] = Invariant($"{CpuMsPerRequest(value, result):0.00}");
        }
        return (result, figures.ToDictionary(f => Invariant($"{target.Name}_{connections}_{f.Key}"), f => f.Value));
    }

    /// <summary>One request before any load: it must succeed and carry a response signature that verifies.</summary>
    private async Task CheckOneRequestAsync()
    {
        using var request = target.Signer.Next().ToHttpRequest(target.Signer.CreateUrl);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        if ((int)response.StatusCode != 200)
        {
            throw new InvalidOperationException($"The first checkout/create answered {(int)response.StatusCode}: {Encoding.UTF8.GetString(body)}");
        }
        if (target.PublishesMetadata && !ResponseSignature.Verifies(response, body, await PublicKeyAsync()))
        {
            throw new InvalidOperationException("The first checkout/create response signature does not verify against the app's published key.");
        }
        Console.WriteLine($"check: 200{(target.PublishesMetadata ? " with a valid response signature" : "")}: {Encoding.UTF8.GetString(body)}");
    }

    private async Task<string> PublicKeyAsync()
    {
        using var metadata = JsonDocument.Parse(await http.GetStringAsync(new Uri(target.Signer.CreateUrl, "/opencharge/metadata.json")));
        return metadata.RootElement.GetProperty("config").GetProperty("publicKey").GetString()!;
    }

    /// <summary>
    /// Enough requests for the timed phase at the warm-up rate plus headroom, but never so many that signing them
    /// would leave the last ones too old for the server's timestamp window by the end of the run.
    /// </summary>
    private int PoolSize(double warmupRate, double signingRate)
    {
        var rate = Math.Max(warmupRate * PoolHeadroom, MinPoolRate);
        var wanted = (int)Math.Min(MaxPoolSize, Math.Ceiling(rate * options.Duration.TotalSeconds) + (connections * 4));
        var signingBudget = MaxRequestAge - options.Duration;
        var affordable = signingBudget <= TimeSpan.Zero ? 0 : (int)(signingRate * signingBudget.TotalSeconds);
        if (affordable < wanted)
        {
            Console.WriteLine(Invariant($"pool: {wanted} wanted but only {affordable} can be signed and used within {MaxRequestAge.TotalSeconds:0} s; the rest is signed on the fly"));
            return affordable;
        }
        Console.WriteLine(Invariant($"pool: max(warm-up rate {warmupRate:0} req/s × {PoolHeadroom}, {MinPoolRate:0}) × {options.Duration.TotalSeconds:0} s + {connections * 4} = {wanted} requests"));
        return wanted;
    }

    private async Task<(string LoadAverage, string Top)> MidRunSnapshotAsync()
    {
        await Task.Delay(options.Duration / 2);
        return (MachineSnapshot.LoadAverage(), await MachineSnapshot.TopAsync() + Environment.NewLine + $"threads of {target.ProcessName}:"
            + Environment.NewLine + await MachineSnapshot.TopAsync(target.ProcessId));
    }

    /// <summary>CPU time per request, which contention on the machine changes far less than throughput.</summary>
    private static double CpuMsPerRequest(double cores, LoadResult result) =>
        result.Requests == 0 ? 0 : cores * result.Elapsed.TotalMilliseconds / result.Requests;

    private static T Timed<T>(Func<T> action, out TimeSpan elapsed)
    {
        var clock = Stopwatch.StartNew();
        var value = action();
        elapsed = clock.Elapsed;
        return value;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length] + "…";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
