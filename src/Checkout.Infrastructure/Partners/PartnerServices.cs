using Microsoft.Extensions.DependencyInjection;

using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Domain.Settlement;
using OpenCharge.Checkout.Infrastructure.Settlement;

namespace OpenCharge.Checkout.Infrastructure.Partners;

public static class PartnerServices
{
    public static IServiceCollection AddPartners(this IServiceCollection services)
    {
        services.AddScoped<EfPartners>();
        services.AddScoped<IPartners>(sp => sp.GetRequiredService<EfPartners>());
        services.AddScoped<SavePartner>();
        services.AddScoped<ImportConfiguredPartners>();
        services.AddScoped<ISettlementKnowledge, RegistrySettlementKnowledge>();
        return services;
    }
}
