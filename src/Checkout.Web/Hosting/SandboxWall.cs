using OpenCharge.Checkout.Infrastructure.Configuration;

namespace OpenCharge.Checkout.Web.Hosting;

/// <summary>
/// Play money must never buy a real proof: sandbox mode and the Production environment exclude each other. Checked
/// before anything logs or touches the database, so a misconfigured production start says one line and changes nothing.
/// </summary>
internal static class SandboxWall
{
    public const int ExitCode = 1;

    /// <summary>Ends the process when <see cref="RefusalReason"/> objects: a start that must not happen has nothing to unwind.</summary>
    public static void Enforce(IConfiguration configuration, IHostEnvironment environment)
    {
        if (RefusalReason(configuration, environment) is { } refusal)
        {
            Console.Error.WriteLine(refusal);
            Environment.Exit(ExitCode);
        }
    }

    public static string? RefusalReason(IConfiguration configuration, IHostEnvironment environment) =>
        environment.IsProduction() && SandboxMode.From(configuration, environment).Enabled
            ? $"Refusing to start: {SandboxMode.Key} is true but ASPNETCORE_ENVIRONMENT is Production; sandbox play money must never buy a real proof (unset Sandbox__Enabled or set it to false)."
            : null;
}
