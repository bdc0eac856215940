using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Audit;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Webhooks;
using OpenCharge.Checkout.Infrastructure.BackOffice.Transactions;
using OpenCharge.Checkout.Infrastructure.BackOffice.Transactions.Timeline;

using static OpenCharge.Checkout.UnitTests.Postgres.BackOffice.Transactions.TransactionBooks;

namespace OpenCharge.Checkout.UnitTests.Postgres.BackOffice.Transactions;

public sealed class PaymentTimelineTests(TransactionBooks books) : IClassFixture<TransactionBooks>
{
    [Fact]
    public async Task LoadAsync_PaidSession_ListsStatesBothLedgerLegsItsProofTheDeliveryAndItsAttemptInTimeOrder()
    {
        var timeline = await books.Resolve<PaymentTimelineQueries>().LoadAsync(S1, CancellationToken.None);

        Assert.NotNull(timeline);
        var entries = timeline.Entries.Where(e => e is not Audited).ToList();
        Assert.Equal(
            [typeof(StateChanged), typeof(StateChanged), typeof(LedgerPosted), typeof(ProofRecorded), typeof(DeliveryQueued), typeof(DeliveryTried)],
            entries.Select(e => e.GetType()));
        Assert.Equal([TimelineState.Created, TimelineState.Paid], entries.OfType<StateChanged>().Select(s => s.State));
        var ledger = Assert.Single(entries.OfType<LedgerPosted>());
        Assert.Equal([("Shopper:u1", -1250L, "-12.50"), ("MerchantGateway:9000", 1250L, "12.50")], ledger.Legs.Select(l => (l.Account, l.AmountMinor, l.Amount)));
        var attempt = Assert.Single(entries.OfType<DeliveryTried>());
        Assert.Equal((Delivery, 9000L, 200, 42), (attempt.DeliveryId, attempt.Target, attempt.HttpStatus!.Value, attempt.LatencyMilliseconds));
        Assert.Equal(Delivery, Assert.Single(timeline.Deliveries).Id);
    }

    [Fact]
    public async Task LoadAsync_UnknownSession_ReturnsNull()
    {
        var timeline = await books.Resolve<PaymentTimelineQueries>().LoadAsync(SessionId.New(), CancellationToken.None);

        Assert.Null(timeline);
    }

    [Fact]
    public async Task ExecuteAsync_RejectedDelivery_QueuesItAgainAuditedUnderTheAdminOnceOnly()
    {
        var redelivery = books.Resolve<RedeliverFromBackOffice>();

        var first = await redelivery.ExecuteAsync([Delivery], "admin@e2e.test", CancellationToken.None);
        var second = await redelivery.ExecuteAsync([Delivery], "admin@e2e.test", CancellationToken.None);

        Assert.Equal(1, first.Value);
        Assert.False(second.IsSuccess);
        await using var db = books.Database.NewContext();
        Assert.Equal(DeliveryStatus.Pending, (await db.WebhookDeliveries.SingleAsync(d => d.Id == Delivery)).Status);
        var audit = Assert.Single(await db.AuditEvents.Where(e => e.Subject == Delivery.ToString()).ToListAsync());
        Assert.Equal(("admin@e2e.test", AuditActions.DeliveryRedelivered, TransactionBooks.Now), (audit.Actor, audit.Action, audit.At));
        var timeline = await books.Resolve<PaymentTimelineQueries>().LoadAsync(S1, CancellationToken.None);
        Assert.Contains(timeline!.Entries, e => e is Audited { Action: AuditActions.DeliveryRedelivered });
    }
}
