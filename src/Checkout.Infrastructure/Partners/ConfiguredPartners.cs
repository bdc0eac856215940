using Microsoft.Extensions.Configuration;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Domain.Settlement;
using OpenCharge.Checkout.Infrastructure.Configuration;

namespace OpenCharge.Checkout.Infrastructure.Partners;

/// <summary>Reads <c>Opencharge:Partners:{ocid}:…</c> into partner settings; the first bad value is one error line.</summary>
public static class ConfiguredPartners
{
    public static Result<IReadOnlyList<PartnerSettings>> Read(IConfiguration configuration) =>
        Read(configuration.GetSection($"{OpenchargeOptions.Section}:Partners").Get<Dictionary<string, PartnerOptions>>() ?? []);

    public static Result<IReadOnlyList<PartnerSettings>> Read(IReadOnlyDictionary<string, PartnerOptions> partners)
    {
        var settings = new List<PartnerSettings>();
        foreach (var (key, options) in partners.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var read = Read(key, options);
            if (!read.IsSuccess)
            {
                return read.Error;
            }
            if (SavePartner.Validate(read.Value) is { } invalid)
            {
                return Invalid($"{OpenchargeOptions.Section}:Partners:{key}", invalid.Message);
            }
            settings.Add(read.Value);
        }
        return settings;
    }

    private static Result<PartnerSettings> Read(string key, PartnerOptions options)
    {
        var prefix = $"{OpenchargeOptions.Section}:Partners:{key}";
        if (!Ocid.TryParse(key, out var ocid))
        {
            return Invalid(prefix, $"'{key}' is not an OCID (a positive integer).");
        }
        if (!Enum.TryParse<PartnerRoles>(options.Roles ?? nameof(PartnerRoles.None), ignoreCase: true, out var roles) || (roles & ~(PartnerRoles.MerchantGateway | PartnerRoles.SettlementProvider)) != 0)
        {
            return Invalid($"{prefix}:Roles", $"'{options.Roles}' is not MerchantGateway, SettlementProvider or both, comma-separated.");
        }
        if (!Enum.TryParse<ProofAddressing>(options.ProofAddressing ?? nameof(ProofAddressing.MerchantOrder), ignoreCase: true, out var addressing) || !Enum.IsDefined(addressing))
        {
            return Invalid($"{prefix}:ProofAddressing", $"'{options.ProofAddressing}' is not MerchantOrder or GatewaySession.");
        }
        var reserveCurrencies = new List<Currency>();
        foreach (var code in options.ReserveCurrencies)
        {
            if (!Currency.TryParse(code, out var currency))
            {
                return Invalid($"{prefix}:ReserveCurrencies", $"'{code}' is not a currency code.");
            }
            reserveCurrencies.Add(currency);
        }
        var holdings = new List<HoldingSettings>();
        foreach (var (code, holding) in options.Holdings.OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            if (!Currency.TryParse(code, out var currency))
            {
                return Invalid($"{prefix}:Holdings:{code}", $"'{code}' is not a currency code.");
            }
            if (!Money.TryParse(holding.Balance, currency, out var balance))
            {
                return Invalid($"{prefix}:Holdings:{code}:Balance", $"'{holding.Balance}' is not an amount in {currency} such as \"1000.00\".");
            }
            if (!Money.TryParse(holding.LowBalanceThreshold ?? "0", currency, out var threshold))
            {
                return Invalid($"{prefix}:Holdings:{code}:LowBalanceThreshold", $"'{holding.LowBalanceThreshold}' is not an amount in {currency} such as \"50.00\".");
            }
            holdings.Add(new HoldingSettings(balance, threshold));
        }
        return new PartnerSettings(ocid, options.Name ?? $"OCID {ocid}", roles, addressing, options.RedirectHosts, reserveCurrencies, holdings);
    }

    private static DomainError Invalid(string key, string why) => new(PartnerErrors.InvalidCode, $"{key}: {why}");
}
