using System.Globalization;
using System.Runtime.Versioning;

using OpenCharge.Checkout.PayLoad;

[assembly: SupportedOSPlatform("linux")]

// Issue 11 P4: payments/s into one merchant account from many wallets at once, beside the database's own figure for the
// same hot-row work in the same run; then memory per interactive checkout circuit with real Chromium pages. Each phase
// has its own fresh database on the server the caller names, dropped afterwards.
var options = PayLoadOptions.Parse(args);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"machine: {Environment.ProcessorCount} cores; load average {File.ReadAllText("/proc/loadavg").Trim()}; pool {options.PoolSize} connections"));

PhaseResult payments, reference;
await using (var database = await BenchDatabase.CreateAsync(options.Server, "pay", options.PoolSize))
{
    await using var gateway = await InProcessGateway.StartAsync(database.ConnectionString);
    payments = await new PaymentsIntoOneMerchant(gateway, database, options).RunAsync();
    reference = await new HotRowReference(database, options).RunAsync();
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"ratio: payments/s ÷ reference commits/s = {payments.Figure / reference.Figure:0.00} (target: ≥ 500 payments/s)"));

var circuitsClean = true;
if (options.Pages > 0)
{
    await using var database = await BenchDatabase.CreateAsync(options.Server, "circuits", options.PoolSize);
    var circuits = await new CircuitMemory(database, options).RunAsync();
    circuitsClean = circuits.Clean;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"memory per checkout circuit: {circuits.Figure:0.000} MiB (target: ≤ 1 MiB)"));
}
Console.WriteLine($"load average after: {File.ReadAllText("/proc/loadavg").Trim()}");
return payments.Clean && reference.Clean && circuitsClean ? 0 : 1;
