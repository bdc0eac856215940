using System.Globalization;
using System.Runtime.Versioning;
using System.Text;
using System.Text.Json;

using OpenCharge.Checkout.BenchSupport;
using OpenCharge.Checkout.Fuzz;

[assembly: SupportedOSPlatform("linux")]

// Issue 7: a fuzz run against the running app. Starts a merchant gateway and a merchant peer, the Release app with the
// sandbox on (so that the Demo Store and Demo Gateway are there too), reads the app's OpenAPI document, sends the
// requests, checks every response and the database, prints the figures. The database comes from the caller.
const long gatewayOcid = 9800;
const long merchantOcid = 9801;

var options = FuzzOptions.Parse(args);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"seed {options.Seed} (replay with --seed {options.Seed}), {options.Requests} requests, concurrency {options.Concurrency}, batches of {options.BatchSize}"));
var scratch = Directory.CreateTempSubdirectory("checkout-fuzz-").FullName;
try
{
    await using var gateway = await BenchPeer.StartAsync(gatewayOcid);
    await using var merchant = await BenchPeer.StartAsync(merchantOcid);
    await using var app = await CheckoutProcess.StartAsync(options.AppDirectory, scratch, new Dictionary<string, string>
    {
        // Sandbox mode may not run in Production (issue 7), and a non-Development environment keeps production error handling.
        ["ASPNETCORE_ENVIRONMENT"] = "Staging",
        ["ConnectionStrings__Checkout"] = options.ConnectionString,
        ["Sandbox__Enabled"] = "true",
        ["Opencharge__Network__AllowPrivateAddresses"] = "true",
        [$"Opencharge__Registry__Peers__{gatewayOcid}"] = gateway.Endpoint,
        [$"Opencharge__Registry__Peers__{merchantOcid}"] = merchant.Endpoint,
        // Not throttled, so that every request reaches the checks under test (0 = unlimited).
        ["Opencharge__RateLimit__PermitsPerAddress"] = "0",
        ["Opencharge__RateLimit__PermitsPerOcid"] = "0",
        // Sessions outlive the run, so that no session expires between two digests.
        ["Opencharge__Checkout__SessionTtlMinutes"] = "240",
    });
    Console.WriteLine($"Checkout.Web (Staging, sandbox on, pid {app.ProcessId}): {app.BaseUrl}; log {app.LogFile}");

    using var http = new HttpClient(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = options.Concurrency,
        AllowAutoRedirect = false,
        RequestHeaderEncodingSelector = (_, _) => Encoding.Latin1,
    })
    { Timeout = TimeSpan.FromSeconds(60) };
    var baseUrl = new Uri(app.BaseUrl);
    using var metadata = JsonDocument.Parse(await http.GetStringAsync(new Uri(baseUrl, "/opencharge/metadata.json")));
    var us = new OurIdentity(metadata.RootElement.GetProperty("config").GetProperty("publicKey").GetString()!, await OurIdentity.OcidAsync(http, baseUrl));
    using var openApi = JsonDocument.Parse(await http.GetStringAsync(new Uri(baseUrl, "/openapi/v1.json")));
    var targets = OpenApiTargets.From(openApi.RootElement);
    Console.WriteLine($"targets: {targets.Count(t => t.Source == "openapi")} operations from /openapi/v1.json, {targets.Count(t => t.Source != "openapi")} more from endpoints.md, the sandbox peers and the UI");

    await using var digest = await TableDigest.OpenAsync(options.ConnectionString);
    Console.WriteLine($"watched tables: {string.Join(", ", digest.Tables)}; not watched: {string.Join(", ", TableDigest.Ignored)}");

    var time = TimeProvider.System;
    var signing = new RequestSigning(time);
    var state = new FuzzState();
    var generator = new RequestGenerator(targets, openApi.RootElement, new CheckoutBodies(gateway, merchant, time), signing,
        new AuthMutations(signing, gateway, merchant), gateway, merchant, state);
    var campaign = new FuzzCampaign(options, http, baseUrl, us, generator, state, digest);
    var elapsed = await campaign.RunAsync();

    var report = FuzzReport.Build(options, campaign.Stats, elapsed, state);
    foreach (var line in report.Lines)
    {
        Console.WriteLine(line);
    }
    if (options.ResultsFile is { } file)
    {
        await File.WriteAllLinesAsync(file, report.Figures.Select(f => $"{f.Key}={f.Value}"));
    }
    if (options.AppLogCopy is { } copy)
    {
        File.Copy(app.LogFile, copy, overwrite: true);
    }
    var appLog = await File.ReadAllLinesAsync(app.LogFile);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Checkout.Web wrote {appLog.Length} log lines at Warning or above"));
    foreach (var line in appLog.Where(l => l.Contains("fail", StringComparison.OrdinalIgnoreCase) || l.Contains("crit", StringComparison.OrdinalIgnoreCase)).Take(10))
    {
        Console.WriteLine("  | " + (line.Length <= 240 ? line : line[..240] + "…"));
    }
    return campaign.Stats.Failures == 0 ? 0 : 1;
}
finally
{
    Directory.Delete(scratch, recursive: true);
}
