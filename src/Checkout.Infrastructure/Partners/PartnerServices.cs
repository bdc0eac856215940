using Microsoft.Extensions.DependencyInjection;

using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Domain.Settlement;
using OpenCharge.Checkout.Infrastructure.Settlement;

namespace OpenCharge.Checkout.Infrastructure.Partners;

public static class PartnerServices
{
    public static IServiceCollection AddPartners(this IServiceCollection services)
    {
        // Transient, as the other services a signed create builds (CheckoutServices): stateless over the scope's context.
        services.AddTransient<EfPartners>();
        services.AddTransient<IPartners>(sp => sp.GetRequiredService<EfPartners>());
        services.AddScoped<SavePartner>();
        services.AddScoped<ImportConfiguredPartners>();
        services.AddTransient<ISettlementKnowledge, RegistrySettlementKnowledge>();
        return services;
    }
}
