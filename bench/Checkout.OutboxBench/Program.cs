using System.Runtime.Versioning;

using OpenCharge.Checkout.OutboxBench;

[assembly: SupportedOSPlatform("linux")]

// Issue 11 P3 (pay → proof received) and P5 (drain a backlog with a black-holed receiver). The database comes from the
// caller (bench/outbox.sh); the gateway runs in this process, each receiver on its own Kestrel host.
var options = BenchOptions.Parse(args);
Console.WriteLine($"machine: {Environment.ProcessorCount} cores; load average {File.ReadAllText("/proc/loadavg").Trim()}");
return options.Benchmark == "p3"
    ? await new PayToReceiptBenchmark(options).RunAsync()
    : await new DrainBenchmark(options).RunAsync();
