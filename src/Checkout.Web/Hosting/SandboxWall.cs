using OpenCharge.Checkout.Infrastructure.Configuration;

namespace OpenCharge.Checkout.Web.Hosting;

/// <summary>
/// Play money must never buy a real proof: sandbox mode and the Production environment exclude each other. Checked
/// before anything touches the database, so a misconfigured production start changes nothing.
/// </summary>
internal static class SandboxWall
{
    public static string? RefusalReason(IConfiguration configuration, IHostEnvironment environment) =>
        environment.IsProduction() && SandboxMode.From(configuration, environment).Enabled
            ? $"Refusing to start: {SandboxMode.Key} is true but ASPNETCORE_ENVIRONMENT is Production; sandbox play money must never buy a real proof (unset Sandbox__Enabled or set it to false)."
            : null;
}
