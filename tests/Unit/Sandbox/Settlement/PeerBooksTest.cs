using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.Infrastructure.Proofs;
using OpenCharge.Checkout.Infrastructure.Webhooks;
using OpenCharge.Checkout.Sandbox.Forwarding;
using OpenCharge.Checkout.Sandbox.Persistence;
using OpenCharge.Checkout.Sandbox.Settlement;
using OpenCharge.Checkout.Sandbox.Webhooks;
using OpenCharge.Checkout.UnitTests.Builders;
using OpenCharge.Checkout.UnitTests.Postgres;

namespace OpenCharge.Checkout.UnitTests.Sandbox.Settlement;

/// <summary>
/// The sandbox settlement peers' use cases over a throwaway PostgreSQL database with the real sandbox migrations: a
/// Demo Bank (9002) and a Demo Exchange (9003, accepting the Bank's proofs), each with its own key, paying the Demo
/// Store (9001).
/// </summary>
public abstract class PeerBooksTest : IAsyncLifetime
{
    protected const long Us = 200;
    protected const long Store = 9001;

    protected static readonly byte[] BankKey = Convert.FromHexString("4444444444444444444444444444444444444444444444444444444444444444");
    private static readonly byte[] ExchangeKey = Convert.FromHexString("5555555555555555555555555555555555555555555555555555555555555555");
    private static readonly BouncyCastleSecp256k1 Secp256k1 = new();

    private PostgresDatabase? _database;
    private PooledDbContextFactory<SandboxDbContext>? _contexts;

    internal static SettlementPeerProfile Bank { get; } = new(SandboxPeer.Bank, new Ocid(9002), "Demo Bank", "/sandbox/bank/opencharge", ["transfer.create", "verify.txid"], []);

    internal static SettlementPeerProfile Exchange { get; } =
        new(SandboxPeer.Exchange, new Ocid(9003), "Demo Exchange", "/sandbox/exchange/opencharge", ["payment.create", "payment.settle", "verify.txid"], [9002]);

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));

    internal KeyPairSigner BankSigner { get; } = new(new Ocid(9002), BankKey, Secp256k1);

    internal KeyPairSigner ExchangeSigner { get; } = new(new Ocid(9003), ExchangeKey, Secp256k1);

    internal IDbContextFactory<SandboxDbContext> Contexts => _contexts ?? throw new InvalidOperationException("The database is created in InitializeAsync.");

    internal CreatePeerTransfer Transfers => new(Contexts, Forwards, Time);

    internal CreatePeerPayment Payments => new(Contexts, Time);

    internal SettlePeerPayment Settlements
    {
        get
        {
            var peers = new FakePeerDirectory();
            peers.Publish(Bank.Ocid, BankSigner.PublicKey);
            return new SettlePeerPayment(Contexts, new ProofVerifier(peers, Secp256k1), Forwards, Time);
        }
    }

    private StoreForwards Forwards => new(new Ocid(Store), new DeliverySignal());

    public async Task InitializeAsync()
    {
        // "0": no migration of the gateway's own schema; these tests need only the sandbox's.
        _database = await PostgresDatabase.CreateAsync("0");
        var options = new DbContextOptionsBuilder<SandboxDbContext>();
        SandboxDbContext.UseSandboxNpgsql(options, _database.ConnectionString);
        _contexts = new PooledDbContextFactory<SandboxDbContext>(options.Options);
        await using var db = await _contexts.CreateDbContextAsync();
        await db.Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>Opens accounts on a peer's books: the peer's house account pays each opening balance, so they balance.</summary>
    internal async Task OpenAsync(SettlementPeerProfile peer, params (long Holder, long Minor)[] accounts)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var house = new PeerAccount(peer.Peer, peer.Ocid.Value, "USD", isHouse: true);
        db.PeerAccounts.Add(house);
        foreach (var (holder, minor) in accounts)
        {
            var account = new PeerAccount(peer.Peer, holder, "USD", isHouse: false);
            db.PeerAccounts.Add(account);
            if (minor > 0)
            {
                house.TryPay(account, minor);
            }
        }
        await db.SaveChangesAsync();
    }

    internal async Task<long> BalanceAsync(SettlementPeerProfile peer, long holder)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.PeerAccounts.Where(a => a.Peer == peer.Peer && a.Holder == holder).Select(a => a.BalanceMinor).SingleAsync();
    }

    /// <summary>The sum of a peer's balances: zero while its books balance.</summary>
    internal async Task<long> BooksTotalAsync(SettlementPeerProfile peer)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.PeerAccounts.Where(a => a.Peer == peer.Peer).SumAsync(a => a.BalanceMinor);
    }

    internal async Task<IReadOnlyList<GatewayForward>> ForwardsAsync()
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.GatewayForwards.AsNoTracking().ToListAsync();
    }

    internal static ProofEnvelope Envelope(byte[] body) =>
        ProofEnvelopeReader.TryRead(body, out var envelope, out var problem) ? envelope : throw new InvalidOperationException(problem);

    internal static TransferCreateRequest Transfer(long to, string? toReference, string amount = "12.50", long? from = Us, string? fromReference = "pay_1") =>
        new(from, fromReference, to, toReference, amount, "USD", null);
}
