using Microsoft.Extensions.DependencyInjection;

using OpenCharge.Checkout.Domain.Audit;

namespace OpenCharge.Checkout.Infrastructure.Audit;

public static class AuditServices
{
    public static IServiceCollection AddAuditLog(this IServiceCollection services) =>
        services.AddScoped<IAuditLog, EfAuditLog>();
}
