namespace OpenCharge.Checkout.Infrastructure.BackOffice.Dashboard;

/// <summary>One UTC day of payments in one currency.</summary>
public sealed record DailyPayments(DateOnly Day, string Currency, long Count, long VolumeMinor);

/// <summary>
/// One UTC day of sessions that ended: paid, or expired or cancelled without payment. The success rate is
/// paid over all that ended; a session still open is not counted either way.
/// </summary>
public sealed record DailyOutcomes(DateOnly Day, long Paid, long Ended)
{
    public double SuccessRate => Ended == 0 ? 0 : (double)Paid / Ended;
}

/// <summary>One UTC day of webhook delivery attempts.</summary>
public sealed record DailyDeliveries(DateOnly Day, long Attempts, long Failures, double AverageLatencyMilliseconds);
