using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Sandbox.Settlement;

/// <summary>A wire amount as the peers' books need it; the string itself stays verbatim in every proof.</summary>
internal static class PeerMoney
{
    /// <summary>Null unless the currency is a code and the amount a positive decimal in its precision.</summary>
    public static Money? Read(string amount, string currency) =>
        Currency.TryParse(currency, out var code) && Money.TryParse(amount, code, out var money) && money.Minor > 0 ? money : null;
}
