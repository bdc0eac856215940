namespace OpenCharge.Checkout.Infrastructure.BackOffice.Transactions.Timeline;

/// <summary>A session with everything that happened to it, oldest first, and its deliveries for the redelivery view.</summary>
public sealed record PaymentTimeline(TransactionRow Session, IReadOnlyList<TimelineEntry> Entries, IReadOnlyList<DeliveryView> Deliveries);
