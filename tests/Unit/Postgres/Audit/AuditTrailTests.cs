using Microsoft.EntityFrameworkCore;

using Npgsql;

using OpenCharge.Checkout.Domain.Audit;

namespace OpenCharge.Checkout.UnitTests.Postgres.Audit;

public sealed class AuditTrailTests
{
    [Fact]
    public async Task An_event_is_kept_with_its_before_and_after()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using (var db = database.NewContext())
        {
            db.AuditEvents.Add(AuditEvent.Record(DateTimeOffset.UnixEpoch, "admin@example.test", AuditActions.PartnerSaved, "ocid-1", """{"name":"a"}""", """{"name":"b"}"""));
            await db.SaveChangesAsync();
        }

        await using var read = database.NewContext();
        var stored = await read.AuditEvents.SingleAsync();
        Assert.Equal(("admin@example.test", AuditActions.PartnerSaved, "ocid-1"), (stored.Actor, stored.Action, stored.Subject));
        Assert.Contains("\"b\"", stored.After);
    }

    [Theory]
    [InlineData("UPDATE audit_events SET actor = 'someone else'")]
    [InlineData("DELETE FROM audit_events")]
    [InlineData("TRUNCATE audit_events")]
    public async Task The_trail_refuses_to_be_rewritten(string rewrite)
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using (var db = database.NewContext())
        {
            db.AuditEvents.Add(AuditEvent.Record(DateTimeOffset.UnixEpoch, "admin@example.test", AuditActions.UserRolesChanged, "user", null, "{}"));
            await db.SaveChangesAsync();
        }

        var refused = await Assert.ThrowsAsync<PostgresException>(() => database.ExecuteOnDatabaseAsync(rewrite));
        Assert.Contains("append-only", refused.MessageText);
        await using var read = database.NewContext();
        Assert.Equal("admin@example.test", (await read.AuditEvents.SingleAsync()).Actor);
    }
}
