using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Domain.Transfers;
using OpenCharge.Checkout.Domain.Webhooks;
using OpenCharge.Checkout.Infrastructure.Proofs;

namespace OpenCharge.Checkout.Infrastructure.Transfers;

/// <summary>Proof records, <c>/transfer/create</c>, <c>/transfer/webhook</c>, verification and redelivery.</summary>
public static class TransferServices
{
    public static IServiceCollection AddTransfers(this IServiceCollection services)
    {
        services.AddScoped<IProofRecords, EfProofRecords>();
        services.AddScoped<ITransfers, EfTransfers>();
        services.AddScoped<IShopperWallets, EfShopperWallets>();
        services.TryAddSingleton<ProofVerifier>();
        services.AddScoped<CreateTransfer>();
        services.AddScoped<ReceiveProof>();
        services.AddScoped<RedeliverProof>();
        services.AddSingleton<ProofStatusQueries>();
        services.AddSingleton<ShopperWalletQueries>();
        return services;
    }
}
