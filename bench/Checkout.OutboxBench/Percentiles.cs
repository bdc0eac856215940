using System.Globalization;

namespace OpenCharge.Checkout.OutboxBench;

/// <summary>Nearest-rank percentiles of a set of latencies in milliseconds.</summary>
internal sealed class Percentiles(IEnumerable<double> milliseconds)
{
    private readonly double[] _sorted = [.. milliseconds.Order()];

    public int Count => _sorted.Length;

    public double At(double percent) =>
        _sorted.Length == 0 ? double.NaN : _sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * _sorted.Length) - 1, 0, _sorted.Length - 1)];

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"p50 {At(50):0.0} ms   p90 {At(90):0.0} ms   p99 {At(99):0.0} ms   max {At(100):0.0} ms   (n = {Count})");
}
