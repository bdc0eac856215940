using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Infrastructure.Webhooks;

/// <summary>
/// A delivery this process holds until <see cref="LeasedUntil"/>. The lease end doubles as the claim's token: the
/// outcome is recorded only while the row still carries it, so a holder whose lease ran out cannot overwrite the
/// work of the process that reclaimed the delivery.
/// </summary>
internal sealed record ClaimedDelivery(Guid Id, Ocid Target, string Path, string Payload, DateTimeOffset LeasedUntil);
