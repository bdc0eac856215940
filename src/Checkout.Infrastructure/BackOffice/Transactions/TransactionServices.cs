using Microsoft.Extensions.DependencyInjection;

using OpenCharge.Checkout.Infrastructure.BackOffice.Transactions.Timeline;

namespace OpenCharge.Checkout.Infrastructure.BackOffice.Transactions;

/// <summary>The back office transactions grid, its CSV export, the payment timeline and redelivery.</summary>
public static class TransactionServices
{
    public static IServiceCollection AddBackOfficeTransactions(this IServiceCollection services)
    {
        services.AddSingleton<TransactionQueries>();
        services.AddSingleton<PaymentTimelineQueries>();
        services.AddSingleton<RedeliverFromBackOffice>();
        return services;
    }
}
