using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Domain.Webhooks;
using OpenCharge.Checkout.Infrastructure.Persistence;
using OpenCharge.Checkout.Infrastructure.Proofs;
using OpenCharge.Checkout.UnitTests.Builders;
using OpenCharge.Checkout.UnitTests.Postgres.Sessions;

namespace OpenCharge.Checkout.UnitTests.Postgres.Proofs;

/// <summary>What /verify/{txid} and /orders/{orderId}/status read, after the real PaySession over PostgreSQL.</summary>
public sealed class ProofStatusTests : CheckoutDatabaseTest
{
    private static readonly Currency Usd = Currency.Of("USD");
    private readonly FakeTimeProvider _clock = new(CheckoutSessionBuilder.DefaultNow.AddMinutes(1));

    [Fact]
    public async Task Pay_DirectSession_RecordsTheSignedProofThatVerifyAnswers()
    {
        var session = A.Session().ForMerchant(500).Build();
        await StoreAsync(session);
        await FundAsync("shopper", new Money(12_50, Usd));

        var payment = (await PayAsync(session.Id, "shopper", _clock)).Value!;

        var status = Assert.IsType<TxidStatus.Completed>(await (await QueriesAsync()).VerifyAsync(payment.ProofTxid, CancellationToken.None));
        Assert.Equal(session.Id, status.Record.SessionId);
        var delivered = await DeliveriesAsync(payment.ProofTxid);
        Assert.All(delivered, d => Assert.Equal(status.Record.EnvelopeJson, d.Payload));
        Assert.Equal([CheckoutSessionBuilder.DefaultGateway, 500], delivered.Select(d => d.TargetOcid.Value).Order());
    }

    [Fact]
    public async Task OrderStatus_PaidOrder_IsPaidWithTheProofsTxid()
    {
        var session = A.Session().ForOrder("ord_paid").Build();
        await StoreAsync(session);
        await FundAsync("shopper", new Money(12_50, Usd));
        var payment = (await PayAsync(session.Id, "shopper", _clock)).Value!;

        var (view, _) = await (await QueriesAsync()).OrderStatusAsync("ord_paid", null, CancellationToken.None);

        Assert.Equal(("paid", payment.ProofTxid, false), (view!.Status, view.Txid, view.NeedsAttention));
    }

    [Fact]
    public async Task OrderStatus_OpenThenPastExpiry_IsPendingThenExpired()
    {
        var session = A.Session().ForOrder("ord_open").Build();
        await StoreAsync(session);

        var (open, _) = await (await QueriesAsync()).OrderStatusAsync("ord_open", null, CancellationToken.None);
        _clock.SetUtcNow(session.ExpiresAt);
        var (expired, _) = await (await QueriesAsync()).OrderStatusAsync("ord_open", null, CancellationToken.None);

        Assert.Equal(("pending", "expired"), (open!.Status, expired!.Status));
    }

    [Fact]
    public async Task OrderStatus_SameOrderIdAtTwoMerchants_NeedsTheMerchant()
    {
        await StoreAsync(A.Session().ForMerchant(500).ForOrder("ord_shared").Build(), A.Session().ForMerchant(501).ForOrder("ord_shared").Build());

        var (none, miss) = await (await QueriesAsync()).OrderStatusAsync("ord_shared", null, CancellationToken.None);
        var (view, _) = await (await QueriesAsync()).OrderStatusAsync("ord_shared", new Ocid(501), CancellationToken.None);

        Assert.Null(none);
        Assert.True(miss!.IsAmbiguous);
        Assert.Equal("pending", view!.Status);
    }

    [Fact]
    public async Task OrderStatus_ProofRejectedByTheReceiver_NeedsAttentionUntilRedelivered()
    {
        var session = A.Session().ForOrder("ord_rejected").Build();
        await StoreAsync(session);
        await FundAsync("shopper", new Money(12_50, Usd));
        var payment = (await PayAsync(session.Id, "shopper", _clock)).Value!;
        await RejectDeliveriesAsync(payment.ProofTxid);

        var (rejected, _) = await (await QueriesAsync()).OrderStatusAsync("ord_rejected", null, CancellationToken.None);
        var redelivered = await InScopeAsync(services => services.GetRequiredService<RedeliverProof>()
            .ExecuteAsync(new Ocid(200), payment.ProofTxid, CancellationToken.None));
        var (after, _) = await (await QueriesAsync()).OrderStatusAsync("ord_rejected", null, CancellationToken.None);

        Assert.Equal(("paid", true), (rejected!.Status, rejected.NeedsAttention));
        Assert.Equal(2, redelivered.Value);
        Assert.Equal(("paid", false), (after!.Status, after.NeedsAttention));
        Assert.All(await DeliveriesAsync(payment.ProofTxid), d => Assert.Equal(DeliveryStatus.Pending, d.Status));
        Assert.Equal(1, await PaymentsForAsync(session.Id));
    }

    /// <summary>The app's own context factory and signer, with this test's clock.</summary>
    private Task<ProofStatusQueries> QueriesAsync() => InScopeAsync(services => Task.FromResult(new ProofStatusQueries(
        services.GetRequiredService<IDbContextFactory<CheckoutDbContext>>(), services.GetRequiredService<IProtocolSigner>(), _clock)));

    private async Task<List<WebhookDelivery>> DeliveriesAsync(string txid)
    {
        await using var db = Database.NewContext();
        return await db.WebhookDeliveries.AsNoTracking().Where(d => d.Txid == txid).ToListAsync();
    }

    private async Task RejectDeliveriesAsync(string txid)
    {
        await using var db = Database.NewContext();
        foreach (var delivery in await db.WebhookDeliveries.Where(d => d.Txid == txid).ToListAsync())
        {
            delivery.RecordRejected("Order already paid", _clock.GetUtcNow());
        }
        await db.SaveChangesAsync();
    }
}
