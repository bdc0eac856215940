using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;

namespace OpenCharge.Checkout.Domain.PaymentMethods;

public sealed class WalletBalanceSource(ILedger ledger) : IPaymentMethodSource
{
    public async Task<PaymentMethodOption> EvaluateAsync(string shopperUserId, Money amount, CancellationToken cancellationToken)
    {
        var balance = await ledger.BalanceAsync(AccountOwner.Shopper(shopperUserId), amount.Currency, cancellationToken);
        return new PaymentMethodOption(PaymentMethodKind.WalletBalance, balance.Minor >= amount.Minor, balance);
    }
}
