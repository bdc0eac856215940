using Microsoft.Extensions.DependencyInjection;

namespace OpenCharge.Checkout.Infrastructure.BackOffice.Users;

public static class UserAdministrationServices
{
    public static IServiceCollection AddUserAdministration(this IServiceCollection services)
    {
        services.AddSingleton<UserDirectory>();
        services.AddScoped<ManageUsers>();
        return services;
    }
}
