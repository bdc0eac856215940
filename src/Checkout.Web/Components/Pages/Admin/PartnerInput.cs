using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Domain.Settlement;

namespace OpenCharge.Checkout.Web.Components.Pages.Admin;

/// <summary>The partner form's fields as typed; <see cref="ToSettings"/> turns them into what the use case takes.</summary>
public sealed class PartnerInput
{
    private static readonly char[] ListSeparators = [',', ' ', ';', '\n'];

    public bool IsNew { get; init; } = true;

    public string Ocid { get; set; } = "";

    public string Name { get; set; } = "";

    public bool IsMerchantGateway { get; set; }

    public bool IsSettlementProvider { get; set; }

    public ProofAddressing ProofAddressing { get; set; }

    /// <summary>Comma- or space-separated host names.</summary>
    public string RedirectHosts { get; set; } = "";

    /// <summary>Comma- or space-separated currency codes.</summary>
    public string ReserveCurrencies { get; set; } = "";

    public List<HoldingInput> Holdings { get; init; } = [];

    public static PartnerInput From(Partner partner) => new()
    {
        IsNew = false,
        Ocid = partner.Ocid.ToString(),
        Name = partner.Name,
        IsMerchantGateway = partner.Is(PartnerRoles.MerchantGateway),
        IsSettlementProvider = partner.Is(PartnerRoles.SettlementProvider),
        ProofAddressing = partner.ProofAddressing,
        RedirectHosts = string.Join(", ", partner.RedirectHosts),
        ReserveCurrencies = string.Join(", ", partner.ReserveCurrencies),
        Holdings = [.. partner.Holdings.Select(h => new HoldingInput
        {
            Currency = h.Currency.Code,
            Balance = h.MirroredBalance.ToWireString(),
            LowBalanceThreshold = new Money(h.LowBalanceThresholdMinor, h.Currency).ToWireString(),
        })],
    };

    public Result<PartnerSettings> ToSettings()
    {
        if (!Domain.Common.Ocid.TryParse(Ocid.Trim(), out var ocid))
        {
            return new DomainError(PartnerErrors.InvalidCode, $"'{Ocid}' is not an OCID (a positive integer).");
        }
        var reserveCurrencies = new List<Currency>();
        foreach (var code in Split(ReserveCurrencies))
        {
            if (!Currency.TryParse(code.ToUpperInvariant(), out var currency))
            {
                return PartnerErrors.Invalid(ocid, $"'{code}' is not a currency code.");
            }
            reserveCurrencies.Add(currency);
        }
        var holdings = new List<HoldingSettings>();
        foreach (var holding in Holdings)
        {
            var read = holding.ToSettings(ocid);
            if (!read.IsSuccess)
            {
                return read.Error;
            }
            holdings.Add(read.Value);
        }
        var roles = (IsMerchantGateway ? PartnerRoles.MerchantGateway : PartnerRoles.None)
            | (IsSettlementProvider ? PartnerRoles.SettlementProvider : PartnerRoles.None);
        return new PartnerSettings(ocid, Name, roles, ProofAddressing, [.. Split(RedirectHosts)], reserveCurrencies, holdings);
    }

    private static IEnumerable<string> Split(string list) => list.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
