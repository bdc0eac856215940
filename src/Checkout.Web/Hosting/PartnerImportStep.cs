using OpenCharge.Checkout.Infrastructure.Partners;

namespace OpenCharge.Checkout.Web.Hosting;

/// <summary>Start-up: the configured partners into the database; a bad value ends the start with one line, as other configuration errors do.</summary>
internal static class PartnerImportStep
{
    public const int ExitCode = 1;

    public static async Task RunAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var imported = await scope.ServiceProvider.GetRequiredService<ImportConfiguredPartners>().ExecuteAsync(CancellationToken.None);
        if (!imported.IsSuccess)
        {
            await Console.Error.WriteLineAsync($"Refusing to start: {imported.Error.Message}");
            Environment.Exit(ExitCode);
        }
    }
}
