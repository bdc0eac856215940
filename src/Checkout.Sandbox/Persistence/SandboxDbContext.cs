using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Sandbox.Forwarding;
using OpenCharge.Checkout.Sandbox.Orders;
using OpenCharge.Checkout.Sandbox.Proofs;
using OpenCharge.Checkout.Sandbox.Settlement;
using OpenCharge.Checkout.Sandbox.Webhooks;

namespace OpenCharge.Checkout.Sandbox.Persistence;

/// <summary>
/// The sandbox peers' own store: schema <c>sandbox</c> with its own migrations history, so it can be dropped or
/// migrated without touching the gateway's tables.
/// </summary>
public sealed class SandboxDbContext(DbContextOptions<SandboxDbContext> options) : DbContext(options)
{
    public const string Schema = "sandbox";
    public const string MigrationsHistoryTable = "__sandbox_migrations";

    internal DbSet<DemoOrder> DemoOrders => Set<DemoOrder>();

    internal DbSet<ReceivedProof> ReceivedProofs => Set<ReceivedProof>();

    internal DbSet<ReceivedWebhook> ReceivedWebhooks => Set<ReceivedWebhook>();

    internal DbSet<GatewayForward> GatewayForwards => Set<GatewayForward>();

    internal DbSet<PeerAccount> PeerAccounts => Set<PeerAccount>();

    internal DbSet<PeerTransfer> PeerTransfers => Set<PeerTransfer>();

    internal DbSet<PeerPayment> PeerPayments => Set<PeerPayment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        // Mapped here rather than as IEntityTypeConfiguration classes: CheckoutDbContext applies every such class in
        // this assembly, and would then grow sandbox tables in its own migrations.
        DemoOrderMapping.Configure(modelBuilder.Entity<DemoOrder>());
        ReceivedProofMapping.Configure(modelBuilder.Entity<ReceivedProof>());
        ReceivedWebhookMapping.Configure(modelBuilder.Entity<ReceivedWebhook>());
        GatewayForwardMapping.Configure(modelBuilder.Entity<GatewayForward>());
        PeerBooksMapping.Configure(modelBuilder.Entity<PeerAccount>());
        PeerBooksMapping.Configure(modelBuilder.Entity<PeerTransfer>());
        PeerBooksMapping.Configure(modelBuilder.Entity<PeerPayment>());
    }

    /// <summary>The provider options every sandbox context uses, at run time and at design time.</summary>
    internal static void UseSandboxNpgsql(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable, Schema));
}
