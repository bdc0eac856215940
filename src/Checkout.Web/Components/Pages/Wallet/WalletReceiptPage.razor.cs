using System.Security.Claims;

using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;

using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Domain.Settlement;
using OpenCharge.Checkout.Infrastructure.Wallet;
using OpenCharge.Checkout.Web.Checkout;

namespace OpenCharge.Checkout.Web.Components.Pages.Wallet;

/// <summary>
/// One payment's receipt, printable. Only the shopper who paid sees it: for anyone else the txid reads exactly like
/// one that does not exist, so the page confirms nothing about other people's payments.
/// </summary>
public sealed partial class WalletReceiptPage : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private bool _loaded;
    private WalletReceipt? _receipt;
    private string _merchant = "";
    private string _settler = "";

    [Parameter]
    public string Txid { get; set; } = "";

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private WalletReceiptQueries Receipts { get; set; } = default!;

    [Inject]
    private IPeerDirectory Peers { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    private string PaidAtText => _receipt is { } receipt ? WalletActivityList.When(receipt.PaidAt) : "";

    private string SettlementText => _receipt switch
    {
        null => "",
        { SettledThrough: null } => L["Directly: OpenCharge Checkout sends {0} the proof of payment", _merchant],
        { Path: SettlementPathKind.GatewayAccount } => L["Through the merchant's gateway {0}, which sends {1} the proof of payment", _settler, _merchant],
        _ => L["{0}, which sends {1} the proof of payment", _settler, _merchant],
    };

    protected override async Task OnParametersSetAsync()
    {
        var shopperId = (await AuthenticationState).User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        _receipt = await Receipts.FindAsync(shopperId, Txid, _stop.Token);
        if (_receipt is { } receipt)
        {
            _merchant = (await MerchantBranding.LookUpAsync(Peers, receipt.MerchantOcid, L["Merchant {0}", receipt.MerchantOcid], _stop.Token)).Name;
            if (receipt.SettledThrough is { } settler)
            {
                _settler = (await MerchantBranding.LookUpAsync(Peers, settler, L["OCID {0}", settler], _stop.Token)).Name + " " + L["(OCID {0})", settler];
            }
        }
        _loaded = true;
    }

    private async Task PrintAsync() => await JS.InvokeVoidAsync("print");

    public void Dispose() => _stop.Cancel();
}
