using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Domain.Webhooks;

namespace OpenCharge.Checkout.Infrastructure.MerchantActivity;

/// <summary>The merchant portal's activity: read models, redelivery, test proofs and the verify-a-proof tool.</summary>
public static class MerchantActivityServices
{
    public static IServiceCollection AddMerchantActivity(this IServiceCollection services)
    {
        services.AddSingleton<MerchantSessionQueries>();
        services.AddSingleton<MerchantProofQueries>();
        services.AddSingleton<MerchantDeliveryQueries>();
        services.AddSingleton<MerchantStatementQueries>();
        services.AddSingleton<MerchantRedelivery>();
        services.AddScoped<RedeliverDelivery>();
        services.AddScoped<SendTestProof>();
        services.TryAddSingleton<ProofVerifier>();
        services.AddScoped<ProofInspector>();
        return services;
    }
}
