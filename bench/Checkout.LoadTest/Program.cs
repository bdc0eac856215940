using System.Globalization;
using System.Runtime.Versioning;

using OpenCharge.Checkout.BenchSupport;
using OpenCharge.Checkout.LoadTest;

[assembly: SupportedOSPlatform("linux")]

// Issue 4 and issue 11 P1: POST /opencharge/checkout/create under load. Starts two peers (merchant gateway 9700,
// merchant 9701), the app and, when given, ../shared/yardstick; then, per connection count, the same phases against the
// gateway and against the yardstick, their timed slices alternating. The databases come from the caller.
const long gatewayOcid = 9700;
const long merchantOcid = 9701;

var options = LoadOptions.Parse(args);
var scratch = Directory.CreateTempSubdirectory("checkout-load-").FullName;
try
{
    await using var gateway = await BenchPeer.StartAsync(gatewayOcid);
    await using var merchant = await BenchPeer.StartAsync(merchantOcid);
    Console.WriteLine($"peer {gatewayOcid} (merchant gateway): {gateway.Endpoint}");
    Console.WriteLine($"peer {merchantOcid} (merchant): {merchant.Endpoint}");

    await using var app = await CheckoutProcess.StartAsync(options.AppDirectory, scratch, new Dictionary<string, string>
    {
        ["ConnectionStrings__Checkout"] = options.ConnectionString,
        ["Opencharge__Network__AllowPrivateAddresses"] = "true",
        // The bench peers serve their metadata over plain HTTP on loopback; outside sandbox mode that needs saying.
        ["Opencharge__Registry__AllowPlainHttp"] = "true",
        [$"Opencharge__Registry__Peers__{gatewayOcid}"] = gateway.Endpoint,
        [$"Opencharge__Registry__Peers__{merchantOcid}"] = merchant.Endpoint,
        // Production as an operator runs it: sandbox off (it may not run in Production), so the gateway's redirect
        // host is on its allow-list like any partner's.
        [$"Opencharge__Partners__{gatewayOcid}__RedirectHosts__0"] = "merchant.example",
        // The load comes from one address and one OCID; this measures throughput, not the rate limiter.
        ["Opencharge__RateLimit__PermitsPerAddress"] = "0",
        ["Opencharge__RateLimit__PermitsPerOcid"] = "0",
    }.WithExperimentSettings());
    Console.WriteLine($"Checkout.Web (Production, pid {app.ProcessId}): {app.BaseUrl}, healthy; log {app.LogFile}");
    var targets = new List<LoadTarget>
    {
        new("gateway", "Checkout.Web", app.ProcessId, Signer(app.BaseUrl), PublishesMetadata: true),
    };

    await using var yardstick = options.YardstickDll is { } dll
        ? await YardstickProcess.StartAsync(dll, options.YardstickConnectionString!,
            new Dictionary<long, string> { [gatewayOcid] = gateway.Endpoint + "/metadata.json", [merchantOcid] = merchant.Endpoint + "/metadata.json" }, scratch)
        : null;
    if (yardstick is not null)
    {
        Console.WriteLine($"yardstick (pid {yardstick.ProcessId}): {yardstick.BaseUrl}; log {yardstick.LogFile}");
        targets.Add(new("yardstick", "yardstick", yardstick.ProcessId, Signer(yardstick.BaseUrl), PublishesMetadata: false));
    }

    var figures = new Dictionary<string, string> { ["connection_counts"] = string.Join(' ', options.ConnectionCounts) };
    var errors = 0;
    foreach (var connections in options.ConnectionCounts)
    {
        // Every server is signed for and warmed up first; then their timed slices alternate, round by round.
        var benchmarks = targets.Select(target => new CheckoutCreateBenchmark(target, connections, options)).ToList();
        try
        {
            foreach (var benchmark in benchmarks)
            {
                await benchmark.SignAsync(benchmarks.Count);
            }
            Console.WriteLine();
            foreach (var benchmark in benchmarks)
            {
                await benchmark.WarmUpAsync();
            }
            for (var round = 0; round < options.Rounds; round++)
            {
                foreach (var benchmark in benchmarks)
                {
                    await benchmark.RunSliceAsync(options.Duration / options.Rounds);
                }
            }
            foreach (var benchmark in benchmarks)
            {
                var (result, phaseFigures) = await benchmark.ReportAsync();
                errors += result.ErrorCount;
                foreach (var (key, value) in phaseFigures)
                {
                    figures[key] = value;
                }
            }
        }
        finally
        {
            benchmarks.ForEach(b => b.Dispose());
        }
    }

    if (options.ResultsFile is { } file)
    {
        await File.WriteAllLinesAsync(file, figures.Select(f => $"{f.Key}={f.Value}"));
    }
    var appLog = await File.ReadAllLinesAsync(app.LogFile);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Checkout.Web wrote {appLog.Length} log lines at Warning or above"));
    foreach (var line in appLog.Take(10))
    {
        Console.WriteLine("  | " + (line.Length <= 240 ? line : line[..240] + "…"));
    }
    return errors == 0 ? 0 : 1;

    CheckoutRequestSigner Signer(string baseUrl) =>
        new(gateway, merchant, new Uri(baseUrl + "/opencharge/checkout/create"), TimeProvider.System);
}
finally
{
    Directory.Delete(scratch, recursive: true);
}
