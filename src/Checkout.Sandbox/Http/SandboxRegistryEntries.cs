using Microsoft.Extensions.Configuration;

using OpenCharge.Checkout.Infrastructure.Configuration;

namespace OpenCharge.Checkout.Sandbox.Http;

/// <summary>
/// Registers the sandbox peers, and us, in the static registry configuration like any other peer, so every look-up
/// (ours of them, theirs of us) goes through the registry. Keys already configured are left alone.
/// </summary>
internal static class SandboxRegistryEntries
{
    public static Dictionary<string, string?> Missing(IConfiguration configuration)
    {
        var opencharge = configuration.GetSection(OpenchargeOptions.Section).Get<OpenchargeOptions>() ?? new OpenchargeOptions();
        var sandbox = configuration.GetSection(SandboxOptions.Section).Get<SandboxOptions>() ?? new SandboxOptions();
        var entries = new Dictionary<long, string>
        {
            [sandbox.MerchantOcid] = SandboxPaths.Absolute(opencharge.PublicBaseUrl, SandboxPaths.StoreEndpoint),
            [sandbox.GatewayOcid] = SandboxPaths.Absolute(opencharge.PublicBaseUrl, SandboxPaths.GatewayEndpoint),
            [sandbox.BankOcid] = SandboxPaths.Absolute(opencharge.PublicBaseUrl, SandboxPaths.BankEndpoint),
            [sandbox.ExchangeOcid] = SandboxPaths.Absolute(opencharge.PublicBaseUrl, SandboxPaths.ExchangeEndpoint),
            [sandbox.SwitchOcid] = SandboxPaths.Absolute(opencharge.PublicBaseUrl, SandboxPaths.SwitchEndpoint),
        };
        if (opencharge.Ocid > 0)
        {
            entries.TryAdd(opencharge.Ocid, opencharge.Endpoint);
        }

        return entries
            .Select(entry => (Key: $"{OpenchargeOptions.Section}:Registry:Peers:{entry.Key}", Url: entry.Value))
            .Where(entry => string.IsNullOrWhiteSpace(configuration[entry.Key]))
            .ToDictionary(entry => entry.Key, entry => (string?)entry.Url);
    }
}
