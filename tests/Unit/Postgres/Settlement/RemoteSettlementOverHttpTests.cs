using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Settlement;
using OpenCharge.Checkout.Domain.Settlement.Sagas;
using OpenCharge.Checkout.Infrastructure.Sessions;
using OpenCharge.Checkout.Infrastructure.Settlement;
using OpenCharge.Checkout.TestSupport;
using OpenCharge.Checkout.TestSupport.Peers;
using OpenCharge.Checkout.UnitTests.Builders;
using OpenCharge.Checkout.UnitTests.Domain.Sessions.Fakes;
using OpenCharge.Checkout.UnitTests.Postgres.Sessions;

namespace OpenCharge.Checkout.UnitTests.Postgres.Settlement;

/// <summary>
/// The saga as production wires it (signed <c>PeerClient</c> calls, registry look-ups, proof checks) against real
/// Kestrel peers: a settlement provider (100), an intermediary gateway (150), the merchant's gateway (300) and the
/// merchant (9001, accepting only 300). Each route ends with the merchant holding the gateway's valid proof, or with
/// the shopper uncharged and nothing delivered, and our books balanced.
/// </summary>
public sealed class RemoteSettlementOverHttpTests : CheckoutDatabaseTest
{
    private const string Shopper = "shopper_a";
    private static readonly Currency Usd = Currency.Of("USD");

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private PeerHost _us = null!;
    private FakeSettlementProvider _provider = null!;
    private FakeMerchantGateway _intermediary = null!;
    private FakeMerchantGateway _gateway = null!;
    private FakeMerchant _merchant = null!;

    public override async Task InitializeAsync()
    {
        // Publishes our metadata (OCID 200, the app's signing key), so the peers can check our signed requests.
        _us = await PeerHost.StartAsync(new PeerProfile { Ocid = 200, PrivateKey = Convert.FromHexString(SigningKey) });
        _provider = await FakeSettlementProvider.StartAsync(100);
        _intermediary = await FakeMerchantGateway.StartAsync(150, accepts: [100], name: "Intermediary");
        _gateway = await FakeMerchantGateway.StartAsync(300, accepts: [100, 150], name: "Mobile Money");
        _merchant = await FakeMerchant.StartAsync(9001, accepts: [300]);
        PeerHost[] everyone = [_us, _provider.Host, _intermediary.Host, _gateway.Host, _merchant.Host];
        foreach (var peer in everyone)
        {
            foreach (var other in everyone)
            {
                peer.Registry.Register(other.Ocid, other.Endpoint);
            }
        }
        _gateway.ServeMerchant(_merchant);
        _intermediary.ServeMerchant(_gateway.Ocid, _gateway.Endpoint);
        _merchant.ExpectOrder("ord_1", "12.50", "USD");
        _provider.Ledger.Fund(200, "USD", "100.00");
        _provider.Ledger.Open(150, "USD");
        _provider.Ledger.Open(300, "USD");
        _gateway.Ledger.Fund(200, "USD", "100.00");
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var peer in new IAsyncDisposable[] { _merchant, _gateway, _intermediary, _provider, _us })
        {
            await peer.DisposeAsync();
        }
    }

    public static TheoryData<string> Routes => ["partner reserve", "common provider", "2-hop chain"];

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Settle_Route_LeavesTheMerchantHoldingTheGatewaysValidProof(string route)
    {
        var path = PathOf(route);
        var session = await PayAsync(path);

        var saga = await RunAsync(session.Id);

        Assert.Equal(SagaState.Completed, saga.State);
        Assert.Equal(SessionStatus.Paid, (await ReadAsync(session.Id)).Status);
        var proof = _merchant.ProofFor("ord_1");
        Assert.NotNull(proof);
        Assert.Equal(300, proof.Issuer);
        Assert.True(await _merchant.Host.VerifyProofAsync(proof, CancellationToken.None));
        Assert.Equal(proof.Txid, saga.FinalProof?.Txid);
        Assert.Equal(12_50, await BalanceAsync(AccountOwner.PartnerClearing(path.FundingPartner!.Value), Usd));
        await AssertBalancedAsync(shopper: 37_50);
    }

    [Fact]
    public async Task Settle_ProviderAnswers402_ShopperUnchargedAndNothingDelivered()
    {
        _provider.Faults.AnswerInsufficientFunds = true;
        var session = await PayAsync(SettlementPath.CommonProvider(new Ocid(100), new Ocid(300)));

        var saga = await RunAsync(session.Id);

        Assert.Equal(SagaState.Reversed, saga.State);
        await AssertUnchargedAsync(session.Id, "INSUFFICIENT_FUNDS");
    }

    [Theory]
    [InlineData(ProofFault.WrongAmount)]
    [InlineData(ProofFault.WrongCurrency)]
    [InlineData(ProofFault.WrongTo)]
    [InlineData(ProofFault.WrongIssuer)]
    [InlineData(ProofFault.BadSignature)]
    public async Task Settle_ProviderProofIsWrong_ShopperUnchargedAndTheProofNeverPassedOn(ProofFault fault)
    {
        _provider.Faults.ProofFault = fault;
        var session = await PayAsync(SettlementPath.CommonProvider(new Ocid(100), new Ocid(300)));

        var saga = await RunAsync(session.Id);

        Assert.Equal(SagaState.Reversed, saga.State);
        await AssertUnchargedAsync(session.Id, "proof");
        Assert.DoesNotContain(_gateway.Host.Calls, call => call.Path.EndsWith("/payment/settle", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Settle_TransferTimedOutButHappened_EndsInExactlyOnePayment()
    {
        _gateway.Faults.AnswerDelay = TimeSpan.FromSeconds(15);
        var session = await PayAsync(SettlementPath.PartnerReserve(new Ocid(300)));
        var id = await SagaIdOfAsync(session.Id);

        await AdvanceOnceAsync(id);
        _gateway.Faults.AnswerDelay = null;
        var saga = await RunAsync(session.Id);

        Assert.Equal(SagaState.Completed, saga.State);
        Assert.Equal(2, saga.Steps[0].Attempts);
        Assert.Single(_gateway.Transfers);
        Assert.Single(_merchant.AcceptedProofs);
        await AssertBalancedAsync(shopper: 37_50);
    }

    [Fact]
    public async Task Runner_PaymentHeld_SettlesItWithoutBeingAskedAndTellsThePage()
    {
        await using var scope = NewScope();
        var events = scope.ServiceProvider.GetRequiredService<SessionEvents>();
        using var runner = ActivatorUtilities.CreateInstance<SettlementSagaRunner>(scope.ServiceProvider);
        await runner.StartAsync(CancellationToken.None);
        var session = A.Session().OpenedAt(_clock.GetUtcNow()).SettledOver(SettlementPath.CommonProvider(new Ocid(100), new Ocid(300))).Build();
        await StoreAsync(session);
        await FundAsync(Shopper, new Money(50_00, Usd));
        var paid = new TaskCompletionSource();
        using var subscription = events.Subscribe(session.Id, () => _ = NoteIfPaidAsync(session.Id, paid));

        Assert.True((await PayAsync(session.Id, Shopper, _clock)).IsSuccess);
        await paid.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await runner.StopAsync(CancellationToken.None);

        Assert.Equal(300, _merchant.ProofFor("ord_1")?.Issuer);
        await AssertBalancedAsync(shopper: 37_50);
    }

    /// <summary>What the checkout page does on news: read the session again.</summary>
    private async Task NoteIfPaidAsync(SessionId id, TaskCompletionSource paid)
    {
        if ((await ReadAsync(id)).Status == SessionStatus.Paid)
        {
            paid.TrySetResult();
        }
    }

    protected override IEnumerable<KeyValuePair<string, string?>> Settings() =>
    [
        new("Opencharge:Registry:AllowPlainHttp", "true"),
        new("Opencharge:Network:AllowPrivateAddresses", "true"),
        .. new[] { _provider.Host, _intermediary.Host, _gateway.Host, _merchant.Host }.Select(p => new KeyValuePair<string, string?>(p.RegistrySettingKey, p.Endpoint)),
    ];

    protected override void ConfigureServices(IServiceCollection services) =>
        // Partners are persisted by another part of issue 8; without a holding row the saga completes all the same.
        services.TryAddScoped<IPartners, InMemoryPartners>();

    private static SettlementPath PathOf(string route) => route switch
    {
        "partner reserve" => SettlementPath.PartnerReserve(new Ocid(300)),
        "common provider" => SettlementPath.CommonProvider(new Ocid(100), new Ocid(300)),
        _ => SettlementPath.Chain([new Ocid(100), new Ocid(150), new Ocid(300)]),
    };

    private async Task<CheckoutSession> PayAsync(SettlementPath path)
    {
        var session = A.Session().OpenedAt(_clock.GetUtcNow()).SettledOver(path).Build();
        await StoreAsync(session);
        await FundAsync(Shopper, new Money(50_00, Usd));
        Assert.True((await PayAsync(session.Id, Shopper, _clock)).IsSuccess);
        return session;
    }

    private async Task<SettlementSaga> RunAsync(SessionId session)
    {
        var id = await SagaIdOfAsync(session);
        for (var round = 0; round < 40 && !(await SagaAsync(id)).IsFinished; round++)
        {
            if (!await AdvanceOnceAsync(id))
            {
                _clock.Advance(SettlementSaga.MaxBackOff);
            }
        }
        return await SagaAsync(id);
    }

    private async Task<bool> AdvanceOnceAsync(SagaId id)
    {
        await using var scope = NewScope();
        var advance = ActivatorUtilities.CreateInstance<AdvanceSettlement>(scope.ServiceProvider, (TimeProvider)_clock);
        return await advance.ExecuteAsync(id, CancellationToken.None) is not null;
    }

    private async Task AssertUnchargedAsync(SessionId id, string reason)
    {
        var session = await ReadAsync(id);
        Assert.Equal(SessionStatus.Open, session.Status);
        Assert.Contains(reason, session.SettlementFailure, StringComparison.Ordinal);
        Assert.Empty(_merchant.AcceptedProofs);
        await AssertBalancedAsync(shopper: 50_00);
    }

    private async Task AssertBalancedAsync(long shopper)
    {
        Assert.Equal(shopper, await BalanceAsync(AccountOwner.Shopper(Shopper), Usd));
        await using var db = Database.NewContext();
        var accounts = await db.Accounts.AsNoTracking().ToListAsync();
        Assert.Equal(0, accounts.Sum(a => a.BalanceMinor));
        Assert.Equal(0, accounts.Where(a => a.Owner.Kind == AccountOwnerKind.SettlementInFlight).Sum(a => a.BalanceMinor));
    }

    private async Task<SagaId> SagaIdOfAsync(SessionId session)
    {
        await using var db = Database.NewContext();
        return await db.Set<SettlementSaga>().Where(s => s.SessionId == session).Select(s => s.Id).SingleAsync();
    }

    private async Task<SettlementSaga> SagaAsync(SagaId id)
    {
        await using var db = Database.NewContext();
        return await db.Set<SettlementSaga>().AsNoTracking().SingleAsync(s => s.Id == id);
    }
}
