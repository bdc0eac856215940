using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

using Npgsql;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.UnitTests.Builders;

namespace OpenCharge.Checkout.UnitTests.Postgres.Sessions;

/// <summary>
/// A session is locked and loaded in one statement (a tagged query made <c>FOR UPDATE</c>); the lock must still hold
/// until the unit of work ends, or two payers of one session would both pay.
/// </summary>
public sealed class SessionLockTests : CheckoutDatabaseTest
{
    [Theory]
    [InlineData(nameof(ICheckoutSessions.LockAsync))]
    [InlineData(nameof(ICheckoutSessions.LockToPayAsync))]
    public async Task Lock_HoldsTheSessionRowUntilTheUnitOfWorkEnds(string port)
    {
        var session = A.Session().Build();
        await StoreAsync(session);

        var heldWhileOpen = await InScopeAsync(async services =>
        {
            await using var transaction = await services.GetRequiredService<IUnitOfWork>().BeginAsync(CancellationToken.None);
            var sessions = services.GetRequiredService<ICheckoutSessions>();
            var locked = port == nameof(ICheckoutSessions.LockAsync)
                ? await sessions.LockAsync(session.Id, CancellationToken.None)
                : (await sessions.LockToPayAsync(session.Id, CancellationToken.None))?.Session;
            Assert.Equal(session.Id, locked?.Id);
            return !await CanLockAsync(session.Id);
        });

        Assert.True(heldWhileOpen);
        Assert.True(await CanLockAsync(session.Id));
    }

    [Fact]
    public async Task LockToPay_OrderPaidThroughAnotherGateway_SaysSoButNotForThePaidSessionItself()
    {
        await FundAsync("shopper_a", new Money(12_50, Currency.Of("USD")));
        var viaFirst = A.Session().ViaGateway(300).Build();
        var viaSecond = A.Session().ViaGateway(301).Build();
        await StoreAsync(viaFirst, viaSecond);
        Assert.True((await PayAsync(viaFirst.Id, "shopper_a", new FakeTimeProvider(CheckoutSessionBuilder.DefaultNow.AddMinutes(1)))).IsSuccess);

        Assert.True(await PaidElsewhereAsync(viaSecond.Id));
        Assert.False(await PaidElsewhereAsync(viaFirst.Id));
    }

    private Task<bool> PaidElsewhereAsync(SessionId id) =>
        InScopeAsync(async services =>
        {
            await using var transaction = await services.GetRequiredService<IUnitOfWork>().BeginAsync(CancellationToken.None);
            var locked = await services.GetRequiredService<ICheckoutSessions>().LockToPayAsync(id, CancellationToken.None);
            return locked?.OrderPaidElsewhere ?? throw new InvalidOperationException($"Session {id} is missing.");
        });

    private async Task<bool> CanLockAsync(SessionId id)
    {
        await using var db = Database.NewContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM checkout_sessions WHERE id = {id.Value} FOR UPDATE NOWAIT");
            return true;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            return false;
        }
    }
}
