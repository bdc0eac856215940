using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Domain.Settlement;
using OpenCharge.Checkout.Domain.Settlement.Sagas;

namespace OpenCharge.Checkout.Infrastructure.Settlement;

/// <summary>The settlement saga: its store, its calls to the hops, its runner, and the late-proof source for /transfer/webhook.</summary>
internal static class SettlementServices
{
    public static IServiceCollection AddSettlementSagas(this IServiceCollection services)
    {
        services.AddSingleton<SettlementSignal>();
        services.AddSingleton<SagaClaimer>();
        services.AddScoped<ISettlementSagas, EfSettlementSagas>();
        services.AddScoped<ISettlementPeers, PeerSettlementCalls>();
        services.TryAddSingleton<ProofVerifier>();
        services.AddScoped<HopProofCheck>();
        services.AddScoped<SettlementBooks>();
        services.AddScoped<AdvanceSettlement>();
        services.AddScoped<IAwaitedProofs, SagaAwaitedProofs>();
        services.AddHostedService<SettlementSagaRunner>();
        return services;
    }
}
