using System.Globalization;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Infrastructure.BackOffice.Dashboard;

namespace OpenCharge.Checkout.Web.Components.Pages.Admin;

/// <summary>
/// The daily figures laid out for charts: one slot per day from <see cref="From"/>, zero where nothing happened, so
/// every series lines up with the same labels.
/// </summary>
public sealed class DashboardDays(DateOnly from, IReadOnlyList<DailyPayments> payments, IReadOnlyList<DailyOutcomes> outcomes, IReadOnlyList<DailyDeliveries> deliveries)
{
    public const int Length = 14;

    public DateOnly From { get; } = from;

    public string[] Labels { get; } = [.. Enumerable.Range(0, Length).Select(i => from.AddDays(i).ToString("MM-dd", CultureInfo.InvariantCulture))];

    public IReadOnlyList<string> Currencies { get; } = [.. payments.Select(p => p.Currency).Distinct().Order()];

    /// <summary>Volume in major units (12.50, not 1250), so currencies of different exponents read alike.</summary>
    public double[] Volume(string currency) => PerDay(payments.Where(p => p.Currency == currency), p => p.Day, p => Major(p.VolumeMinor, currency));

    public double[] Count(string currency) => PerDay(payments.Where(p => p.Currency == currency), p => p.Day, p => p.Count);

    /// <summary>Paid sessions as a percentage of those that ended that day.</summary>
    public double[] SuccessRate() => PerDay(outcomes, o => o.Day, o => Math.Round(o.SuccessRate * 100, 1));

    public double[] DeliveryLatency() => PerDay(deliveries, d => d.Day, d => Math.Round(d.AverageLatencyMilliseconds));

    public double[] DeliveryAttempts() => PerDay(deliveries, d => d.Day, d => d.Attempts);

    public double[] DeliveryFailures() => PerDay(deliveries, d => d.Day, d => d.Failures);

    private double[] PerDay<T>(IEnumerable<T> rows, Func<T, DateOnly> day, Func<T, double> value)
    {
        var slots = new double[Length];
        foreach (var row in rows)
        {
            var index = day(row).DayNumber - From.DayNumber;
            if (index is >= 0 and < Length)
            {
                slots[index] = value(row);
            }
        }
        return slots;
    }

    private static double Major(long minor, string currency) =>
        double.Parse(new Money(minor, Currency.Of(currency)).ToWireString(), CultureInfo.InvariantCulture);
}
