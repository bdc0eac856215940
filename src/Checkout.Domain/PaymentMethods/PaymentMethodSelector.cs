using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.PaymentMethods;

/// <summary>Every method the shopper has for this payment, those that can pay first.</summary>
public sealed class PaymentMethodSelector(IEnumerable<IPaymentMethodSource> sources)
{
    public async Task<IReadOnlyList<PaymentMethodOption>> OptionsForAsync(string shopperUserId, Money amount, CancellationToken cancellationToken)
    {
        var options = new List<PaymentMethodOption>();
        foreach (var source in sources)
        {
            options.Add(await source.EvaluateAsync(shopperUserId, amount, cancellationToken));
        }
        return options.OrderByDescending(o => o.CanPay).ToArray();
    }
}
