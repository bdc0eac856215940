using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace OpenCharge.Checkout.Infrastructure.Configuration;

/// <summary>
/// Sandbox mode (<c>Sandbox:Enabled</c>; on in Development, off elsewhere): play-money top-ups, the Demo Store, and
/// redirect URLs on any host.
/// </summary>
public sealed record SandboxMode(bool Enabled)
{
    public const string Key = "Sandbox:Enabled";

    public static SandboxMode From(IConfiguration configuration, IHostEnvironment environment) =>
        new(configuration.GetValue<bool?>(Key) ?? environment.IsDevelopment());
}
