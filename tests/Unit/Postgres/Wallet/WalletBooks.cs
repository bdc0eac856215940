using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Settlement;
using OpenCharge.Checkout.Domain.Settlement.Sagas;
using OpenCharge.Checkout.Domain.Transfers;
using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.Infrastructure.Wallet;
using OpenCharge.Checkout.UnitTests.Builders;
using OpenCharge.Checkout.UnitTests.Domain.Sessions.Fakes;
using OpenCharge.Checkout.UnitTests.Domain.Settlement.Sagas;
using OpenCharge.Checkout.UnitTests.Postgres.Sessions;

namespace OpenCharge.Checkout.UnitTests.Postgres.Wallet;

/// <summary>
/// Real ledgers for the wallet's read side: a migrated database where shoppers top up, pay directly, pay over a remote
/// path (settled or reversed by the real saga over <see cref="FakeHopNetwork"/>) and receive transfers. A clock that
/// moves a minute per movement gives every movement its own time. Shared by a test class: each test uses its own shopper.
/// </summary>
public sealed class WalletBooks : CheckoutDatabaseTest
{
    public static readonly Currency Usd = Currency.Of("USD");
    public static readonly Ocid Provider = new(100);
    public static readonly Ocid Gateway = new(300);
    public static readonly Ocid Merchant = new(9001);

    private readonly FakeTimeProvider _clock = new(CheckoutSessionBuilder.DefaultNow);
    private readonly FakePeerDirectory _directory = new();
    private int _orders;

    public WalletBooks()
    {
        _directory.Publish(Provider, ProofBuilder.PublicKeyOf(ProofBuilder.IssuerKey));
        _directory.Publish(Gateway, ProofBuilder.PublicKeyOf(ProofBuilder.IssuerKey));
    }

    internal WalletHistoryQueries History => Resolve<WalletHistoryQueries>();

    internal WalletReceiptQueries Receipts => Resolve<WalletReceiptQueries>();

    /// <summary>The app's own scope factory, for services that run use cases in a scope of their own.</summary>
    internal IServiceScopeFactory Scopes => Resolve<IServiceScopeFactory>();

    /// <summary>One of the app's singletons; the scope it is taken from is disposed at once.</summary>
    internal T Resolve<T>()
        where T : notnull
    {
        using var scope = NewScope();
        return scope.ServiceProvider.GetRequiredService<T>();
    }

    internal async Task TopUpAsync(string shopper, long minor)
    {
        await using var scope = NewScope();
        var topUp = new TopUpSandboxWallet(scope.ServiceProvider.GetRequiredService<IUnitOfWork>(), scope.ServiceProvider.GetRequiredService<ILedger>(), Tick());
        Assert.True((await topUp.ExecuteAsync(shopper, new Money(minor, Usd), CancellationToken.None)).IsSuccess);
    }

    /// <summary>Pays a new 12.50 USD order of merchant 9001, settled directly; returns the session as stored after.</summary>
    internal async Task<CheckoutSession> PayDirectAsync(string shopper) => await PayAsync(shopper, A.Session());

    /// <summary>Pays a new order over a common provider: the money is held while the settlement saga has not run.</summary>
    internal async Task<CheckoutSession> HoldRemoteAsync(string shopper) =>
        await PayAsync(shopper, A.Session().SettledOver(SettlementPath.CommonProvider(Provider, Gateway)));

    /// <summary>Pays a session (again, after a reversal) and holds the money for its remote path.</summary>
    internal async Task<CheckoutSession> HoldRemoteAgainAsync(string shopper, SessionId session)
    {
        Assert.True((await PayAsync(session, shopper, Tick())).IsSuccess);
        return await ReadAsync(session);
    }

    /// <summary>Runs the session's saga to its end: honest hops complete it, or the provider refuses and it is reversed.</summary>
    internal async Task<CheckoutSession> SettleAsync(SessionId session, bool complete)
    {
        var network = new FakeHopNetwork();
        if (!complete)
        {
            network.Refuse = call => call.Operation == SagaStepOperation.TransferCreate ? new HopAnswer.Refused("{}", 402, "HTTP 402 INSUFFICIENT_FUNDS: low") : null;
        }
        for (var round = 0; round < 20 && await SagaOfAsync(session) is { IsFinished: false } saga; round++)
        {
            await AdvanceAsync(saga.Id, network);
        }
        return await ReadAsync(session);
    }

    /// <summary>Partner <paramref name="from"/> pays into the wallet from its reserve, as <c>/transfer/create</c> writes it.</summary>
    internal async Task ReceiveTransferAsync(string shopper, Ocid from, long minor, string txid, string fromReference)
    {
        await using var scope = NewScope();
        var services = scope.ServiceProvider;
        var ledger = services.GetRequiredService<ILedger>();
        var now = Tick().GetUtcNow();
        var amount = new Money(minor, Usd);
        await using var transaction = await services.GetRequiredService<IUnitOfWork>().BeginAsync(CancellationToken.None);
        var reserve = AccountOwner.PartnerReserve(from);
        var accounts = await ledger.LockAccountsAsync([AccountOwner.SandboxFunding, reserve, AccountOwner.Shopper(shopper)], Usd, CancellationToken.None);
        ledger.Record(LedgerTransaction.Transfer(LedgerTransactionKind.ProofReceived, accounts[AccountOwner.SandboxFunding], accounts[reserve], amount, "reserve-" + txid, now).Value!);
        ledger.Record(LedgerTransaction.Transfer(LedgerTransactionKind.TransferCreated, accounts[reserve], accounts[AccountOwner.Shopper(shopper)], amount, txid, now).Value!);
        var instruction = new TransferInstruction(from, null, fromReference, new Ocid(200), "wallet-ref", amount.ToWireString(), amount, null);
        services.GetRequiredService<ITransfers>().Add(Transfer.Record(instruction, txid, now));
        await transaction.CommitAsync(CancellationToken.None);
    }

    protected override void ConfigureServices(IServiceCollection services) =>
        // Partners are persisted elsewhere; without a holding row the saga settles all the same.
        services.TryAddScoped<IPartners, InMemoryPartners>();

    private async Task<CheckoutSession> PayAsync(string shopper, CheckoutSessionBuilder order)
    {
        var session = await StoreNewAsync(order);
        Assert.True((await PayAsync(session.Id, shopper, Tick())).IsSuccess);
        return await ReadAsync(session.Id);
    }

    private async Task<CheckoutSession> StoreNewAsync(CheckoutSessionBuilder order)
    {
        var session = order.ForOrder($"ord_{Interlocked.Increment(ref _orders)}").OpenedAt(_clock.GetUtcNow()).ExpiringIn(TimeSpan.FromDays(1)).Build();
        await StoreAsync(session);
        return session;
    }

    private async Task AdvanceAsync(SagaId id, FakeHopNetwork network)
    {
        await using var scope = NewScope();
        var services = scope.ServiceProvider;
        var advance = new AdvanceSettlement(
            services.GetRequiredService<IUnitOfWork>(),
            services.GetRequiredService<ISettlementSagas>(),
            network,
            new HopProofCheck(new ProofVerifier(_directory, new BouncyCastleSecp256k1())),
            services.GetRequiredService<SettlementBooks>(),
            services.GetRequiredService<IProofRecords>(),
            Tick());
        await advance.ExecuteAsync(id, CancellationToken.None);
    }

    private async Task<SettlementSaga?> SagaOfAsync(SessionId session)
    {
        await using var db = Database.NewContext();
        return await db.Set<SettlementSaga>().AsNoTracking().Where(s => s.SessionId == session).OrderByDescending(s => s.CreatedAt).FirstOrDefaultAsync();
    }

    /// <summary>A minute later than the last movement, so each movement has its own time and order.</summary>
    private FakeTimeProvider Tick()
    {
        _clock.Advance(TimeSpan.FromMinutes(1));
        return _clock;
    }
}
