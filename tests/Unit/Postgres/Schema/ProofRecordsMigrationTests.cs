using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Proofs;

namespace OpenCharge.Checkout.UnitTests.Postgres.Schema;

/// <summary>The ProofRecords migration over rows written before it: proofs in the outbox, users, deliveries.</summary>
public sealed class ProofRecordsMigrationTests : IAsyncLifetime
{
    private const string Before = "20261202015442_SettlementPaths";
    private const string Proof = """{"amount":"12.50","currency":"USD","from":{"ocid":200,"reference":"pay_1"},"issuer":200,"memo":"Payment for order ord_1","timestamp":1768478400,"to":{"ocid":9001,"reference":"ord_1"},"txid":"octx_1"}""";
    private const string Signature = "ab01";

    private PostgresDatabase? _database;

    private PostgresDatabase Database => _database ?? throw new InvalidOperationException("The database is created in InitializeAsync.");

    public async Task InitializeAsync() => _database = await PostgresDatabase.CreateAsync(Before);

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public async Task Migrate_ProofsInTheOutbox_RecordsEachOnceWithItsSignedBytes()
    {
        var envelope = SignedProof.Envelope(Proof, Signature);
        foreach (var target in new[] { 9001, 300 })
        {
            await Database.ExecuteOnDatabaseAsync($"""
                INSERT INTO webhook_deliveries (id, target_ocid, path, payload, issuer, txid, status, attempt_count, created_at, next_attempt_at)
                VALUES (gen_random_uuid(), {target}, '/transfer/webhook', '{envelope}', 200, 'octx_1', 'Abandoned', 3, '2026-01-15 12:00:00+00', '2026-01-15 12:00:00+00')
                """);
        }
        await Database.ExecuteOnDatabaseAsync("""
            INSERT INTO "AspNetUsers" ("Id", "DisplayName", "AccessFailedCount", "EmailConfirmed", "LockoutEnabled", "PhoneNumberConfirmed", "TwoFactorEnabled")
            VALUES ('u1', 'One', 0, false, true, false, false), ('u2', 'Two', 0, false, true, false, false)
            """);

        await using (var db = Database.NewContext())
        {
            await db.Database.MigrateAsync();
        }

        await using var read = Database.NewContext();
        var record = await read.Set<ProofRecord>().AsNoTracking().SingleAsync();
        Assert.Equal((Proof, Signature, new Ocid(200), "octx_1"), (record.ProofJson, record.Signature, record.Issuer, record.Txid));
        Assert.Equal((new Ocid(9001), "ord_1", "12.50", "USD"), (record.ToOcid, record.ToReference, record.Amount, record.Currency));
        Assert.Equal((new Ocid(200), "pay_1"), (record.FromOcid!.Value, record.FromReference));
        Assert.All(await read.WebhookDeliveries.AsNoTracking().ToListAsync(), d => Assert.Equal(d.CreatedAt, d.WindowStartedAt));
        var references = await read.Users.AsNoTracking().Select(u => u.WalletReference).ToListAsync();
        Assert.All(references, reference => Assert.Matches("^wallet_[0-9a-f]{24}$", reference));
        Assert.Equal(2, references.Distinct().Count());
    }
}
