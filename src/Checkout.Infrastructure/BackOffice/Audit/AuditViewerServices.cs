using Microsoft.Extensions.DependencyInjection;

namespace OpenCharge.Checkout.Infrastructure.BackOffice.Audit;

public static class AuditViewerServices
{
    public static IServiceCollection AddAuditViewer(this IServiceCollection services) => services.AddSingleton<AuditQueries>();
}
