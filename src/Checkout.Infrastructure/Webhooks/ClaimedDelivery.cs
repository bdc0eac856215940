using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Webhooks;

namespace OpenCharge.Checkout.Infrastructure.Webhooks;

/// <summary>
/// A delivery this process holds until <see cref="LeasedUntil"/>. The lease end doubles as the claim's token: the
/// outcome is recorded only while the row still carries it, so a holder whose lease ran out cannot overwrite the
/// work of the process that reclaimed the delivery. <see cref="Delivery"/> is the row as claimed, a copy no one else
/// changes: while the lease holds, only its holder may move the delivery on, so the outcome is applied to this copy
/// and written back without reading the row again.
/// </summary>
internal sealed record ClaimedDelivery(WebhookDelivery Delivery, DateTimeOffset LeasedUntil)
{
    public Guid Id => Delivery.Id;

    public Ocid Target => Delivery.TargetOcid;

    public string Path => Delivery.Path;

    public string Payload => Delivery.Payload;
}
