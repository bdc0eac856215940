using Microsoft.Extensions.DependencyInjection;

namespace OpenCharge.Checkout.Infrastructure.Wallet;

/// <summary>The wallet pages' read side: balances, history and receipts.</summary>
public static class WalletServices
{
    public static IServiceCollection AddWalletQueries(this IServiceCollection services)
    {
        services.AddSingleton<WalletHistoryQueries>();
        services.AddSingleton<WalletReceiptQueries>();
        return services;
    }
}
