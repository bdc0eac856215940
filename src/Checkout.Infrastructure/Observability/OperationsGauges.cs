using System.Diagnostics.Metrics;

using OpenCharge.Checkout.Infrastructure.BackOffice.Dashboard;

namespace OpenCharge.Checkout.Infrastructure.Observability;

/// <summary>
/// Exports <see cref="OperationsFigures"/> as observable instruments, so a scrape reads the very figures the dashboard
/// shows. One scrape observes every instrument; the totals are read once and reused for <see cref="Freshness"/>.
/// </summary>
internal sealed class OperationsGauges : IDisposable
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(5);

    private readonly OperationsFigures _figures;
    private readonly TimeProvider _time;
    private readonly Meter _meter;
    private readonly Lock _gate = new();
    private OperationsTotals? _totals;

    public OperationsGauges(OperationsFigures figures, TimeProvider time, IMeterFactory meters)
    {
        _figures = figures;
        _time = time;
        _meter = meters.Create(CheckoutMeter.Name);
        _meter.CreateObservableCounter("checkout.payments", () => Current().Payments.Select(p => Measure(p.Count, p.Currency)), "{payment}", "Sessions paid, by currency.");
        _meter.CreateObservableCounter("checkout.payments.volume", () => Current().Payments.Select(p => Measure(p.VolumeMinor, p.Currency)), "{minor_unit}", "Sum paid, in minor units of the currency.");
        _meter.CreateObservableCounter("checkout.deliveries.attempts", () => Current().DeliveryAttempts, "{attempt}", "Webhook delivery attempts.");
        _meter.CreateObservableCounter("checkout.deliveries.failures", () => Current().DeliveryFailures, "{attempt}", "Webhook delivery attempts that did not deliver.");
        _meter.CreateObservableGauge("checkout.deliveries.latency", () => Current().RecentDeliveryLatencyMilliseconds, "ms", "Average delivery attempt latency over the last hour.");
        _meter.CreateObservableGauge("checkout.outbox.lag", () => Current().OutboxLag.TotalSeconds, "s", "Age of the oldest due, unsent delivery.");
        _meter.CreateObservableGauge("checkout.reserve.balance", () => Current().Reserves.Select(r => Reserve(r.BalanceMinor, r)), "{minor_unit}", "Funds we hold at each partner.");
        _meter.CreateObservableGauge("checkout.reserve.threshold", () => Current().Reserves.Select(r => Reserve(r.ThresholdMinor, r)), "{minor_unit}", "Low-balance threshold of each partner holding.");
    }

    public void Dispose() => _meter.Dispose();

    private OperationsTotals Current()
    {
        lock (_gate)
        {
            if (_totals is null || _time.GetUtcNow() - _totals.At >= Freshness)
            {
                // Observable callbacks are synchronous; a scrape has no synchronization context, so blocking is safe here.
                _totals = _figures.TotalsAsync(CancellationToken.None).GetAwaiter().GetResult();
            }
            return _totals;
        }
    }

    private static Measurement<long> Measure(long value, string currency) => new(value, new KeyValuePair<string, object?>("currency", currency));

    private static Measurement<long> Reserve(long value, ReserveFigure reserve) => new(
        value, new KeyValuePair<string, object?>("partner", reserve.PartnerOcid), new KeyValuePair<string, object?>("currency", reserve.Currency));
}
