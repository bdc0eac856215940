using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Audit;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Domain.Merchants;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Sessions.Qr;
using OpenCharge.Checkout.Domain.Webhooks;
using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.Infrastructure.Idempotency;
using OpenCharge.Checkout.Infrastructure.Identity;
using OpenCharge.Checkout.Infrastructure.Protocol;
using OpenCharge.Checkout.Infrastructure.Webhooks;

namespace OpenCharge.Checkout.Infrastructure.Persistence;

public sealed class CheckoutDbContext(DbContextOptions<CheckoutDbContext> options)
    : IdentityDbContext<ApplicationUser>(options)
{
    internal DbSet<SeenNonce> SeenNonces => Set<SeenNonce>();

    internal DbSet<SealedSecret> SealedSecrets => Set<SealedSecret>();

    public DbSet<CheckoutSession> CheckoutSessions => Set<CheckoutSession>();

    public DbSet<QrSession> QrSessions => Set<QrSession>();

    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<LedgerTransaction> LedgerTransactions => Set<LedgerTransaction>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    public DbSet<DeliveryAttempt> DeliveryAttempts => Set<DeliveryAttempt>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<MerchantClaim> MerchantClaims => Set<MerchantClaim>();

    public DbSet<OnboardingChallenge> OnboardingChallenges => Set<OnboardingChallenge>();

    public DbSet<MerchantSettings> MerchantSettings => Set<MerchantSettings>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        // For contexts built outside the app's pooled factory (tests, tools), so they lock tagged queries as the app does.
        // A pooled context's options are frozen: they are built with it (ForUpdateInterceptor.TagOn refuses otherwise).
        if (!optionsBuilder.Options.IsFrozen)
        {
            optionsBuilder.AddInterceptors(ForUpdateInterceptor.Instance);
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CheckoutDbContext).Assembly);
    }
}
