using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.UnitTests.Builders;

namespace OpenCharge.Checkout.UnitTests.Postgres.Sessions;

public sealed class PaidOrderTests : CheckoutDatabaseTest
{
    private const int Orders = 20;
    private static readonly Currency Usd = Currency.Of("USD");
    private static readonly FakeTimeProvider Clock = new(CheckoutSessionBuilder.DefaultNow.AddMinutes(1));

    [Fact]
    public async Task Pay_TwoGatewaysSessionsForOneMerchantOrderPaidConcurrently_DebitsExactlyOnce()
    {
        await FundAsync("shopper_a", new Money(Orders * 12_50, Usd));
        await FundAsync("shopper_b", new Money(Orders * 12_50, Usd));

        for (var order = 0; order < Orders; order++)
        {
            var viaFirst = A.Session().ForOrder($"ord_{order}").ViaGateway(300).Build();
            var viaSecond = A.Session().ForOrder($"ord_{order}").ViaGateway(301).Build();
            await StoreAsync(viaFirst, viaSecond);

            var results = await Task.WhenAll(
                Task.Run(() => PayAsync(viaFirst.Id, "shopper_a", Clock)),
                Task.Run(() => PayAsync(viaSecond.Id, "shopper_b", Clock)));

            Assert.Single(results, r => r.IsSuccess);
            Assert.Equal("session.order_paid_elsewhere", Assert.Single(results, r => !r.IsSuccess).Error!.Code);
            Assert.Equal(1, await PaymentsForAsync(viaFirst.Id) + await PaymentsForAsync(viaSecond.Id));
        }

        var spent = (2 * Orders * 12_50) - await BalanceAsync(AccountOwner.Shopper("shopper_a"), Usd) - await BalanceAsync(AccountOwner.Shopper("shopper_b"), Usd);
        Assert.Equal(Orders * 12_50, spent);
        Assert.Equal(Orders * 12_50, await BalanceAsync(AccountOwner.Merchant(new Ocid(9001)), Usd));
    }

    [Fact]
    public async Task Pay_OrderAlreadyPaidThroughAnotherGateway_ReturnsOrderPaidElsewhereAndChargesNothing()
    {
        await FundAsync("shopper_a", new Money(25_00, Usd));
        var viaFirst = A.Session().ViaGateway(300).Build();
        var viaSecond = A.Session().ViaGateway(301).Build();
        await StoreAsync(viaFirst, viaSecond);
        await PayAsync(viaFirst.Id, "shopper_a", Clock);

        var second = await PayAsync(viaSecond.Id, "shopper_a", Clock);

        Assert.Equal("session.order_paid_elsewhere", second.Error?.Code);
        Assert.Equal(SessionStatus.Open, (await ReadAsync(viaSecond.Id)).Status);
        Assert.Equal(12_50, await BalanceAsync(AccountOwner.Shopper("shopper_a"), Usd));
    }
}
