using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace OpenCharge.Checkout.LoadTest;

/// <summary>
/// For experiments on the tail: with <c>LATENCY_TRACE</c> naming a directory, every timed slice appends its requests
/// to <c>{target}-{connections}.csv</c> there as <c>sent_ms,latency_ms</c>. Times are on the machine's monotonic clock,
/// one for every server, so slow requests can be laid beside each other in time (a stall shows as many at once).
/// </summary>
internal static class LatencyTrace
{
    private const string Variable = "LATENCY_TRACE";

    private static string? Directory => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } directory ? directory : null;

    public static async Task AppendAsync(string name, IEnumerable<RequestSample> samples)
    {
        if (Directory is not { } directory)
        {
            return;
        }
        System.IO.Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name + ".csv");
        var text = new StringBuilder();
        if (!File.Exists(path))
        {
            text.Append("sent_ms,latency_ms\n");
        }
        foreach (var sample in samples.OrderBy(s => s.Started))
        {
            text.Append(CultureInfo.InvariantCulture, $"{ToMs(sample.Started):0.000},{ToMs(sample.Ticks):0.000}\n");
        }
        await File.AppendAllTextAsync(path, text.ToString());
    }

    private static double ToMs(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
