using Microsoft.Extensions.Configuration;

using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Infrastructure.Configuration;

namespace OpenCharge.Checkout.Sandbox.Settlement;

/// <summary>
/// Our partners among the sandbox peers, fed to the ordinary <c>Opencharge:Partners</c> import like any configured
/// partner, so the path finder sees them as it would real ones (docs/settlement.md): the Demo Bank is a merchant
/// gateway holding our reserve and a settlement provider; the Demo Exchange a merchant gateway, so a chain may pass
/// through it. A partner configured already under its OCID is left entirely alone.
/// </summary>
internal static class SandboxPartnerEntries
{
    public static Dictionary<string, string?> Missing(IConfiguration configuration)
    {
        var sandbox = configuration.GetSection(SandboxOptions.Section).Get<SandboxOptions>() ?? new SandboxOptions();
        var entries = new Dictionary<string, string?>();
        Add(entries, configuration, sandbox.BankOcid, sandbox.BankName, PartnerRoles.MerchantGateway | PartnerRoles.SettlementProvider, ("USD", sandbox.BankReserve));
        Add(entries, configuration, sandbox.ExchangeOcid, sandbox.ExchangeName, PartnerRoles.MerchantGateway, null);
        return entries;
    }

    private static void Add(Dictionary<string, string?> entries, IConfiguration configuration, long ocid, string name, PartnerRoles roles, (string Currency, string Balance)? holding)
    {
        var prefix = $"{OpenchargeOptions.Section}:Partners:{ocid}";
        if (configuration.GetSection(prefix).Exists())
        {
            return;
        }
        entries[$"{prefix}:Name"] = name;
        entries[$"{prefix}:Roles"] = roles.ToString();
        if (holding is var (currency, balance))
        {
            entries[$"{prefix}:Holdings:{currency}:Balance"] = balance;
        }
    }
}
