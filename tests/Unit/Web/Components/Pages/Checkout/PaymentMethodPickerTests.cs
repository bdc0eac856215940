using Bunit;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.PaymentMethods;
using OpenCharge.Checkout.Web.Components.Pages.Checkout;

namespace OpenCharge.Checkout.UnitTests.Web.Components.Pages.Checkout;

public sealed class PaymentMethodPickerTests : ComponentTestContext
{
    private static readonly Currency Usd = Currency.Of("USD");
    private static readonly Money Total = new(40_00, Usd);

    [Fact]
    public void Render_MethodCannotPay_ShowsReasonAndDisablesPay()
    {
        var shortWallet = new PaymentMethodOption(PaymentMethodKind.WalletBalance, false, new Money(5_00, Usd));

        var picker = Render<PaymentMethodPicker>(p => p.Add(c => c.Options, [shortWallet]).Add(c => c.Total, Total));

        Assert.Equal("Your USD balance is 5.00; this payment needs 40.00.", picker.Find("[data-testid=method-reason]").TextContent.Trim());
        Assert.True(PayButton(picker).HasAttribute("disabled"));
    }

    [Fact]
    public void Render_MethodCannotPayInSandbox_OffersTestFunds()
    {
        var shortWallet = new PaymentMethodOption(PaymentMethodKind.WalletBalance, false, new Money(0, Usd));

        var picker = Render<PaymentMethodPicker>(p => p.Add(c => c.Options, [shortWallet]).Add(c => c.Total, Total).Add(c => c.CanTopUp, true));

        Assert.Contains(picker.FindAll("button"), b => b.TextContent.Contains("Add test funds (40.00 USD)", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_MethodCanPay_PreselectsItAndPaysWithIt()
    {
        var wallet = new PaymentMethodOption(PaymentMethodKind.WalletBalance, true, new Money(500_00, Usd));
        PaymentMethodKind? paidWith = null;

        var picker = Render<PaymentMethodPicker>(p => p
            .Add(c => c.Options, [wallet])
            .Add(c => c.Total, Total)
            .Add(c => c.OnPay, kind => paidWith = kind));
        PayButton(picker).Click();

        Assert.Equal(PaymentMethodKind.WalletBalance, paidWith);
        Assert.Contains("Wallet balance (available: 500.00 USD)", picker.Markup);
        Assert.Empty(picker.FindAll("[data-testid=method-reason]"));
    }

    [Fact]
    public void Render_Busy_DisablesPay()
    {
        var wallet = new PaymentMethodOption(PaymentMethodKind.WalletBalance, true, new Money(500_00, Usd));

        var picker = Render<PaymentMethodPicker>(p => p.Add(c => c.Options, [wallet]).Add(c => c.Total, Total).Add(c => c.Busy, true));

        Assert.True(PayButton(picker).HasAttribute("disabled"));
    }

    private static AngleSharp.Dom.IElement PayButton(IRenderedComponent<PaymentMethodPicker> picker) =>
        picker.FindAll("button").Single(b => b.TextContent.Contains("Pay 40.00 USD", StringComparison.Ordinal));
}
