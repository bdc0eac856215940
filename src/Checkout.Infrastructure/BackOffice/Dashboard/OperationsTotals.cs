namespace OpenCharge.Checkout.Infrastructure.BackOffice.Dashboard;

/// <summary>
/// The running figures, as of <see cref="At"/>: what the dashboard's tiles show and what the metrics endpoint
/// exports, read by the same query so the two never disagree.
/// </summary>
public sealed record OperationsTotals(
    DateTimeOffset At,
    IReadOnlyList<CurrencyPayments> Payments,
    long DeliveryAttempts,
    long DeliveryFailures,
    double RecentDeliveryLatencyMilliseconds,
    TimeSpan OutboxLag,
    IReadOnlyList<ReserveFigure> Reserves);

/// <summary>Paid sessions in one currency: how many, and their sum in minor units.</summary>
public sealed record CurrencyPayments(string Currency, long Count, long VolumeMinor);

/// <summary>Funds we hold at a partner in one currency (the mirror) against its low-balance threshold.</summary>
public sealed record ReserveFigure(long PartnerOcid, string Currency, long BalanceMinor, long ThresholdMinor)
{
    public bool IsLow => BalanceMinor < ThresholdMinor;
}
