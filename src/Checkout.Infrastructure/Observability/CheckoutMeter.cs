using System.Diagnostics.Metrics;

namespace OpenCharge.Checkout.Infrastructure.Observability;

/// <summary>
/// Our meter. Figures the database holds (payments, deliveries, outbox lag, reserves) are observed from it by
/// <see cref="OperationsGauges"/>; events it does not keep, such as registry fetches, are counted here as they happen.
/// </summary>
internal static class CheckoutMeter
{
    public const string Name = "OpenCharge.Checkout";

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> RegistryFetches = Meter.CreateCounter<long>(
        "checkout.registry.fetches", "{fetch}", "Metadata documents fetched from peers, by outcome.");

    /// <param name="outcome"><c>ok</c>, <c>invalid</c> or <c>unreachable</c>: a closed set, so the series stay few.</param>
    public static void RegistryFetched(string outcome) =>
        RegistryFetches.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
}
