using System.Diagnostics;
using System.Globalization;

namespace OpenCharge.Checkout.LoadTest;

/// <summary>Every request (when it was sent and its latency, in <see cref="Stopwatch"/> ticks) and every failure of one load phase.</summary>
internal sealed class LoadResult
{
    private readonly long[] _sortedTicks;

    public LoadResult(TimeSpan elapsed, RequestSample[] samples, IReadOnlyDictionary<string, ErrorTally> errors)
    {
        Elapsed = elapsed;
        Samples = samples;
        _sortedTicks = [.. samples.Select(s => s.Ticks).Order()];
        Errors = errors;
    }

    public TimeSpan Elapsed { get; }

    public IReadOnlyList<RequestSample> Samples { get; }

    /// <summary>Slices of one phase taken at different times, as one result over their summed time.</summary>
    public static LoadResult Merge(IReadOnlyCollection<LoadResult> slices) => new(
        TimeSpan.FromTicks(slices.Sum(s => s.Elapsed.Ticks)),
        [.. slices.SelectMany(s => s.Samples)],
        slices.SelectMany(s => s.Errors)
            .GroupBy(e => e.Key)
            .ToDictionary(g => g.Key, g => new ErrorTally(g.Sum(e => e.Value.Count), g.First().Value.Example)));

    public int Requests => _sortedTicks.Length;

    public int ErrorCount => Errors.Values.Sum(e => e.Count);

    public IReadOnlyDictionary<string, ErrorTally> Errors { get; }

    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;

    public double MeanMs => _sortedTicks.Length == 0 ? 0 : ToMs((long)_sortedTicks.Average());

    public double MaxMs => _sortedTicks.Length == 0 ? 0 : ToMs(_sortedTicks[^1]);

    /// <summary>Nearest-rank percentile.</summary>
    public double PercentileMs(double percent)
    {
        if (_sortedTicks.Length == 0)
        {
            return 0;
        }
        var rank = (int)Math.Ceiling(percent / 100 * _sortedTicks.Length);
        return ToMs(_sortedTicks[Math.Clamp(rank - 1, 0, _sortedTicks.Length - 1)]);
    }

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Requests} requests in {Elapsed.TotalSeconds:0.0} s = {RequestsPerSecond:0.0} req/s; latency p50 {PercentileMs(50):0.0} ms, "
        + $"p90 {PercentileMs(90):0.0} ms, p99 {PercentileMs(99):0.0} ms, max {MaxMs:0.0} ms, mean {MeanMs:0.0} ms; errors {ErrorCount}");

    private static double ToMs(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
