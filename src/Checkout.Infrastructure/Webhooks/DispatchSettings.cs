namespace OpenCharge.Checkout.Infrastructure.Webhooks;

/// <summary>How hard the dispatcher pushes. The defaults suit production; tests register their own.</summary>
/// <param name="MaxInFlight">Deliveries sent at once by one process.</param>
/// <param name="MaxInFlightPerTarget">
/// Leased deliveries per receiver across all processes, so a slow or dead receiver cannot take every slot and hold up
/// proofs for healthy ones.
/// </param>
/// <param name="Lease">
/// How long a claim lasts. It must outlast a whole attempt (metadata look-ups of 5 s and the 10 s call timeout in
/// <see cref="OpenchargeServices"/>), or a slow attempt could be claimed a second time while still running.
/// </param>
/// <param name="PollInterval">How often to look for retries that came due when nothing signals new work.</param>
internal sealed record DispatchSettings(int MaxInFlight, int MaxInFlightPerTarget, TimeSpan Lease, TimeSpan PollInterval)
{
    public static readonly DispatchSettings Default = new(32, 4, TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(2));
}
