using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace OpenCharge.Checkout.Web.Hosting;

/// <summary>
/// The repository-root appsettings.json is copied beside the binary; it goes first so that the environment,
/// the command line and user settings all override it.
/// </summary>
internal static class RepositorySettings
{
    public static void AddTo(ConfigurationManager configuration)
    {
        var source = new JsonConfigurationSource
        {
            Path = "appsettings.json",
            Optional = true,
            ReloadOnChange = false,
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
        };
        configuration.Sources.Insert(0, source);
    }
}
