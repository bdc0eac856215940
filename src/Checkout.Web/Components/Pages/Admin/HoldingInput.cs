using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Partners;

namespace OpenCharge.Checkout.Web.Components.Pages.Admin;

/// <summary>One holding row of the form: funds we hold at the partner in one currency.</summary>
public sealed class HoldingInput
{
    public string Currency { get; set; } = "";

    public string Balance { get; set; } = "";

    public string LowBalanceThreshold { get; set; } = "0";

    public Result<HoldingSettings> ToSettings(Ocid partner)
    {
        if (!Domain.Common.Currency.TryParse(Currency.Trim().ToUpperInvariant(), out var currency))
        {
            return PartnerErrors.Invalid(partner, $"'{Currency}' is not a currency code.");
        }
        if (!Money.TryParse(Balance.Trim(), currency, out var balance))
        {
            return PartnerErrors.Invalid(partner, $"the {currency} balance '{Balance}' is not an amount such as 1000.00.");
        }
        if (!Money.TryParse(LowBalanceThreshold.Trim(), currency, out var threshold))
        {
            return PartnerErrors.Invalid(partner, $"the {currency} low-balance threshold '{LowBalanceThreshold}' is not an amount such as 50.00.");
        }
        return new HoldingSettings(balance, threshold);
    }
}
