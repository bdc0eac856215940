using Microsoft.AspNetCore.Components;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.PaymentMethods;

namespace OpenCharge.Checkout.Web.Components.Pages.Checkout;

public sealed partial class PaymentMethodPicker
{
    private PaymentMethodKind? _selected;

    /// <summary>From <c>PaymentMethodSelector</c>: those that can pay first.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<PaymentMethodOption> Options { get; set; } = [];

    [Parameter, EditorRequired]
    public Money Total { get; set; }

    /// <summary>A payment or top-up is under way: nothing can be started twice.</summary>
    [Parameter]
    public bool Busy { get; set; }

    /// <summary>False until the page is interactive: a click before then would go nowhere.</summary>
    [Parameter]
    public bool Ready { get; set; } = true;

    /// <summary>Sandbox mode: a method that cannot pay offers play money.</summary>
    [Parameter]
    public bool CanTopUp { get; set; }

    [Parameter]
    public EventCallback<PaymentMethodKind> OnPay { get; set; }

    [Parameter]
    public EventCallback OnTopUp { get; set; }

    private PaymentMethodOption? Selected => Options.FirstOrDefault(o => o.Kind == _selected);

    protected override void OnParametersSet()
    {
        // Keep the shopper's choice while it is still offered; otherwise preselect the first method that can pay.
        if (Selected is null)
        {
            _selected = (Options.FirstOrDefault(o => o.CanPay) ?? Options.FirstOrDefault())?.Kind;
        }
    }

    private void Choose(PaymentMethodKind? kind) => _selected = kind;

    private async Task PayAsync()
    {
        if (!Busy && Selected is { CanPay: true } option)
        {
            await OnPay.InvokeAsync(option.Kind);
        }
    }

    private string NameOf(PaymentMethodKind kind) => kind switch
    {
        PaymentMethodKind.WalletBalance => L["Wallet balance"],
        _ => kind.ToString(),
    };
}
