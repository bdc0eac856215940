using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;

namespace OpenCharge.Checkout.Domain.PaymentMethods;

public sealed class WalletBalanceSource(ILedger ledger) : IPaymentMethodSource
{
    public async Task<PaymentMethodOption> EvaluateAsync(string shopperUserId, Money amount, CancellationToken cancellationToken)
    {
        var balance = await ledger.BalanceAsync(AccountOwner.Shopper(shopperUserId), amount.Currency, cancellationToken);
        return balance.Minor >= amount.Minor
            ? new PaymentMethodOption(PaymentMethodKind.WalletBalance, true, balance)
            : new PaymentMethodOption(PaymentMethodKind.WalletBalance, false, balance)
            {
                Reason = $"Your {amount.Currency} balance is {balance.ToWireString()}; this payment needs {amount.ToWireString()}.",
            };
    }
}
