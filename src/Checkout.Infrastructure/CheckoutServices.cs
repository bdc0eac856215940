using Microsoft.Extensions.DependencyInjection;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Domain.PaymentMethods;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Webhooks;
using OpenCharge.Checkout.Infrastructure.Audit;
using OpenCharge.Checkout.Infrastructure.BackOffice.Transactions;
using OpenCharge.Checkout.Infrastructure.Idempotency;
using OpenCharge.Checkout.Infrastructure.Jobs;
using OpenCharge.Checkout.Infrastructure.Ledger;
using OpenCharge.Checkout.Infrastructure.MerchantActivity;
using OpenCharge.Checkout.Infrastructure.Merchants;
using OpenCharge.Checkout.Infrastructure.Partners;
using OpenCharge.Checkout.Infrastructure.Persistence;
using OpenCharge.Checkout.Infrastructure.Proofs;
using OpenCharge.Checkout.Infrastructure.Sessions;
using OpenCharge.Checkout.Infrastructure.Settlement;
using OpenCharge.Checkout.Infrastructure.Transfers;
using OpenCharge.Checkout.Infrastructure.Wallet;
using OpenCharge.Checkout.Infrastructure.Webhooks;

namespace OpenCharge.Checkout.Infrastructure;

/// <summary>
/// The checkout use cases and the ports they run on: one DbContext per operation, the request scope's. Use cases are
/// scoped, except the stateless ones a signed create builds, which are transient.
/// </summary>
public static class CheckoutServices
{
    public static IServiceCollection AddCheckout(this IServiceCollection services)
    {
        services.AddSingleton<DeliverySignal>();
        services.AddSingleton<IProofSigner, CanonicalProofSigner>();
        // The services a signed create builds are transient: they hold nothing of their own, only the request scope's
        // context, transaction and pending credits, which stay scoped; a scoped service costs a lookup and an entry in
        // the scope's table on every request (issue 11).
        services.AddTransient<IUnitOfWork, EfUnitOfWork>();
        services.AddTransient<ICheckoutSessions, EfCheckoutSessions>();
        services.AddSingleton<OpenSessionCommands>();
        services.AddScoped<ILedger, EfLedger>();
        services.AddScoped<InPlaceCredits>();
        services.AddSingleton<OpenedAccountIds>();
        services.AddScoped<IWebhookOutbox, EfWebhookOutbox>();
        services.AddSingleton(DispatchSettings.Default);
        services.AddSingleton<DeliveryClaimer>();
        services.AddSingleton<DeliveryAttemptRecorder>();
        services.AddSingleton<DeliveryAttemptFeed>();
        services.AddTransient<DeliverySender>();
        services.AddHostedService<WebhookDispatcher>();
        services.AddHostedService<DeliveryNotificationListener>();

        services.AddScoped<IPaymentMethodSource, WalletBalanceSource>();
        services.AddScoped<PaymentMethodSelector>();
        services.AddTransient<OpenCheckoutSession>();
        services.AddQrSessions();
        services.AddScoped<PaySession>();
        services.AddScoped<CancelSession>();
        services.AddScoped<ExpireSessions>();
        services.AddPeriodicJob<SessionExpirer>();
        services.AddPeriodicJob<IdempotencyPruner>();
        services.AddScoped<TopUpSandboxWallet>();
        services.AddPartners();
        services.AddTransfers();
        services.AddSettlementSagas();
        services.AddMerchantLinks();
        services.AddWalletQueries();
        services.AddAuditLog();
        services.AddMerchantClaims();
        services.AddBackOfficeTransactions();

        services.AddMerchantPortal();

        services.AddMerchantActivity();

        services.AddSingleton<SessionEvents>();
        services.AddSingleton<CheckoutSessionQueries>();
        return services;
    }
}
