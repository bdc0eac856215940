using OpenCharge.Checkout.Infrastructure.Partners;

namespace OpenCharge.Checkout.Web.Hosting;

/// <summary>
/// The configured partners: checked before anything logs or touches the database (a bad value ends the start with one
/// line, as other configuration errors do), then upserted once the schema is migrated.
/// </summary>
internal static class PartnerImportStep
{
    public const int ExitCode = 1;

    public static void Enforce(IConfiguration configuration)
    {
        var configured = ConfiguredPartners.Read(configuration);
        if (!configured.IsSuccess)
        {
            Console.Error.WriteLine($"Refusing to start: {configured.Error.Message}");
            Environment.Exit(ExitCode);
        }
    }

    public static async Task RunAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var imported = await scope.ServiceProvider.GetRequiredService<ImportConfiguredPartners>().ExecuteAsync(CancellationToken.None);
        if (!imported.IsSuccess)
        {
            // Enforce already refused every value the import could refuse.
            throw new InvalidOperationException(imported.Error.Message);
        }
    }
}
