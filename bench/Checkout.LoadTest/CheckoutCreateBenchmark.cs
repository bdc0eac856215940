using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

using OpenCharge.Checkout.BenchSupport;

namespace OpenCharge.Checkout.LoadTest;

/// <summary>
/// One running server at one connection count: one checked request, every request of the run signed up front, a warm-up
/// that is not counted, then timed slices that <see cref="Program"/> alternates with the other servers' so that a
/// machine whose speed drifts over minutes slows every server alike. Figures are keyed <c>{target}_{connections}_{figure}</c>.
/// </summary>
internal sealed class CheckoutCreateBenchmark(LoadTarget target, int connections, LoadOptions options) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    })
    { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>authentication.md §3: the server accepts timestamps within ±300 s; keep a margin.</summary>
    private static readonly TimeSpan MaxRequestAge = TimeSpan.FromSeconds(270);
    // The rate the pool is sized for, above what either server reached on the 2-core machine: a request signed on the
    // fly takes CPU from the server being measured, so the run reports how many there were.
    private const double PoolRate = 8_000;
    private const int MaxPoolSize = 600_000;
    private const int SigningBatch = 10_000;

    private readonly List<LoadResult> _slices = [];
    private readonly CpuUsage[] _cpu =
    [
        new(target.ProcessName, target.ProcessId, false),
        new("load tool", Environment.ProcessId, false),
        .. options.PostmasterPid is { } pid ? [new CpuUsage("PostgreSQL", pid, true)] : Array.Empty<CpuUsage>(),
    ];
    private RequestSource? _source;
    private LoadResult? _warmup;
    private double _signingRate;
    private int _fromPoolBefore;
    private int _onTheFlyBefore;
    private string _loadBefore = "";
    private Task<(string LoadAverage, string Top)>? _midRun;

    /// <summary>The checked request, then the whole pool, signed while no server is under load.</summary>
    public async Task SignAsync(int targets)
    {
        Console.WriteLine();
        Console.WriteLine(Invariant($"=== {target.Name}: {connections} connections, {options.Duration.TotalSeconds:0} s in {options.Rounds} slices (warm-up {options.Warmup.TotalSeconds:0} s) ==="));
        await CheckOneRequestAsync();
        var pool = SignPool(targets, out var signing);
        _signingRate = pool.Length / signing.TotalSeconds;
        Console.WriteLine(Invariant($"pre-signed {pool.Length} requests in {signing.TotalSeconds:0.0} s = {_signingRate:0} requests/s (2 signatures each), before any warm-up"));
        _source = new RequestSource(pool, target.Signer);
    }

    /// <summary>At full speed from the pool, so that the server's JIT reaches its steady state before anything is timed.</summary>
    public async Task WarmUpAsync()
    {
        _warmup = await LoadPhase.RunAsync(_http, Source, target.Signer.CreateUrl, connections, options.Warmup);
        Console.WriteLine($"{target.Name} warm-up (not counted): {_warmup.Describe()}");
        (_fromPoolBefore, _onTheFlyBefore, _loadBefore) = (Source.TakenFromPool, Source.SignedOnTheFly, MachineSnapshot.LoadAverage());
    }

    public async Task RunSliceAsync(TimeSpan duration)
    {
        foreach (var usage in _cpu)
        {
            usage.Start();
        }
        // A snapshot of the machine half-way through the first slice.
        _midRun ??= MidRunSnapshotAsync(duration / 2);
        var slice = await LoadPhase.RunAsync(_http, Source, target.Signer.CreateUrl, connections, duration);
        foreach (var usage in _cpu)
        {
            usage.Stop();
        }
        // Written once the CPU meters have stopped, so that a trace costs the measured window nothing.
        await LatencyTrace.AppendAsync(Invariant($"{target.Name}-{connections}"), slice.Samples);
        _slices.Add(slice);
        Console.WriteLine(Invariant($"{target.Name} slice {_slices.Count}: {slice.RequestsPerSecond:0} req/s, p99 {slice.PercentileMs(99):0.0} ms, errors {slice.ErrorCount}"));
    }

    public async Task<(LoadResult Result, IReadOnlyDictionary<string, string> Figures)> ReportAsync()
    {
        var result = LoadResult.Merge(_slices);
        var cores = _cpu.ToDictionary(c => c.Name, c => c.CoresUsed);
        var (loadDuring, top) = _midRun is null ? ("?", "") : await _midRun;

        Console.WriteLine();
        Console.WriteLine(Invariant($"timed phase, {target.Name}: {connections} connections, {_slices.Count} slices, {result.Elapsed.TotalSeconds:0.0} s in all"));
        Console.WriteLine($"  {result.Describe()}");
        var (fromPool, onTheFly) = (Source.TakenFromPool - _fromPoolBefore, Source.SignedOnTheFly - _onTheFlyBefore);
        Console.WriteLine(Invariant($"  requests: {fromPool} pre-signed (pool {Source.PoolSize}, warm-up included), {onTheFly} signed on the fly"));
        foreach (var (name, tally) in result.Errors)
        {
            Console.WriteLine($"  error {name}: {tally.Count}, e.g. {Truncate(tally.Example, 300)}");
        }
        Console.WriteLine("  CPU (cores busy, of 2): " + string.Join(", ", cores.Select(c => Invariant($"{c.Key} {c.Value:0.00}"))));
        Console.WriteLine("  CPU per request: " + string.Join(", ", cores.Select(c => Invariant($"{c.Key} {CpuMsPerRequest(c.Value, result):0.00} ms"))));
        Console.WriteLine($"  load average before: {_loadBefore}; during: {loadDuring}");
        Console.WriteLine($"  top -b -n 1 half-way through the first slice, then top -H -b -n 1 -p <{target.ProcessName}>:");
        Console.WriteLine("    " + top.Replace("\n", "\n    ", StringComparison.Ordinal));

        var figures = new Dictionary<string, string>
        {
            ["requests"] = Invariant($"{result.Requests}"),
            ["all_requests"] = Invariant($"{1 + (_warmup?.Requests ?? 0) + result.Requests}"),
            ["process"] = target.ProcessName,
            ["rps"] = Invariant($"{result.RequestsPerSecond:0.0}"),
            ["p50_ms"] = Invariant($"{result.PercentileMs(50):0.0}"),
            ["p90_ms"] = Invariant($"{result.PercentileMs(90):0.0}"),
            ["p99_ms"] = Invariant($"{result.PercentileMs(99):0.0}"),
            ["max_ms"] = Invariant($"{result.MaxMs:0.0}"),
            ["mean_ms"] = Invariant($"{result.MeanMs:0.0}"),
            ["errors"] = Invariant($"{result.ErrorCount}"),
            ["presigned"] = Invariant($"{fromPool}"),
            ["signed_on_the_fly"] = Invariant($"{onTheFly}"),
            ["signing_rps"] = Invariant($"{_signingRate:0}"),
            ["warmup_rps"] = Invariant($"{_warmup?.RequestsPerSecond ?? 0:0.0}"),
            ["load_before"] = _loadBefore,
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

    public void Dispose() => _http.Dispose();

    private RequestSource Source => _source ?? throw new InvalidOperationException("SignAsync comes first.");

    /// <summary>One request before any load: it must succeed and carry a response signature that verifies.</summary>
    private async Task CheckOneRequestAsync()
    {
        using var request = target.Signer.Next().ToHttpRequest(target.Signer.CreateUrl);
        using var response = await _http.SendAsync(request);
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
        using var metadata = JsonDocument.Parse(await _http.GetStringAsync(new Uri(target.Signer.CreateUrl, "/opencharge/metadata.json")));
        return metadata.RootElement.GetProperty("config").GetProperty("publicKey").GetString()!;
    }

    /// <summary>
    /// Enough requests for the warm-up and the timed slices at <see cref="PoolRate"/>, signed in batches until there are
    /// enough or the time is up: every server's pool is signed before any warm-up, and the last request used must still
    /// be inside the server's timestamp window.
    /// </summary>
    private SignedCheckoutRequest[] SignPool(int targets, out TimeSpan elapsed)
    {
        var phases = options.Warmup + options.Duration;
        var wanted = (int)Math.Min(MaxPoolSize, Math.Ceiling(PoolRate * phases.TotalSeconds) + (connections * 4));
        var budget = (MaxRequestAge - (phases * targets)) / targets;
        var clock = Stopwatch.StartNew();
        var pool = new List<SignedCheckoutRequest>(wanted);
        while (pool.Count < wanted && clock.Elapsed < budget)
        {
            pool.AddRange(target.Signer.SignPool(Math.Min(SigningBatch, wanted - pool.Count)));
        }
        elapsed = clock.Elapsed;
        Console.WriteLine(pool.Count < wanted
            ? Invariant($"pool: {wanted} wanted but only {pool.Count} could be signed in {budget.TotalSeconds:0} s, for use within {MaxRequestAge.TotalSeconds:0} s; the rest is signed on the fly")
            : Invariant($"pool: {PoolRate:0} req/s × {phases.TotalSeconds:0} s (warm-up and timed slices) + {connections * 4} = {wanted} requests"));
        return [.. pool];
    }

    private async Task<(string LoadAverage, string Top)> MidRunSnapshotAsync(TimeSpan delay)
    {
        await Task.Delay(delay);
        return (MachineSnapshot.LoadAverage(), await MachineSnapshot.TopAsync() + Environment.NewLine + $"threads of {target.ProcessName}:"
            + Environment.NewLine + await MachineSnapshot.TopAsync(target.ProcessId));
    }

    /// <summary>CPU time per request, which contention on the machine changes far less than throughput.</summary>
    private static double CpuMsPerRequest(double cores, LoadResult result) =>
        result.Requests == 0 ? 0 : cores * result.Elapsed.TotalMilliseconds / result.Requests;

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length] + "…";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
