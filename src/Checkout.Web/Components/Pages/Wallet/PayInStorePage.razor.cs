using System.Security.Claims;

using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.PaymentMethods;
using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Sessions.Qr;
using OpenCharge.Checkout.Infrastructure.Identity;
using OpenCharge.Checkout.Infrastructure.Qr;
using OpenCharge.Checkout.Infrastructure.Sessions;
using OpenCharge.Checkout.Web.Checkout;

namespace OpenCharge.Checkout.Web.Components.Pages.Wallet;

/// <summary>
/// "Pay in store" (issue 9, customer shows QR): the shopper's wallet QR, then, live, the order a merchant posts to it,
/// to approve or decline. <see cref="WalletOrderSignal"/> wakes the page the moment an order is committed, and a slow
/// re-read catches what another process changed. Paying and declining go through <see cref="ShopperCheckout"/>, as
/// on the hosted checkout page.
/// </summary>
public sealed partial class PayInStorePage : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource _stop = new();
    private string? _shopperId;
    private QrSessionView? _qr;
    private string _qrText = "";
    private string _qrImage = "";
    private CheckoutSessionView? _order;
    private MerchantBranding _merchant = MerchantBranding.Unavailable("");
    private string _settler = "";
    private SessionStatus? _shownStatus;
    private bool _busy;
    private bool _canTopUp;
    private string? _error;
    private string? _announcement;
    private IDisposable? _subscription;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private PayInStoreDesk Desk { get; set; } = default!;

    [Inject]
    private ShopperCheckout Checkout { get; set; } = default!;

    [Inject]
    private CheckoutSessionQueries Sessions { get; set; } = default!;

    [Inject]
    private WalletOrderSignal WalletOrders { get; set; } = default!;

    [Inject]
    private IPeerDirectory Peers { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    private bool IsQrLive => _qr is { Status: QrSessionStatus.Pending } qr && Time.GetUtcNow() < qr.ExpiresAt;

    private SessionStatus? OrderStatus => _order?.StatusAt(Time.GetUtcNow());

    private string ReceiptPath => WalletPaths.Receipt(_order?.ProofTxid ?? "");

    protected override async Task OnParametersSetAsync()
    {
        var user = (await AuthenticationState).User;
        _shopperId = user.IsInRole(Roles.Shopper) ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Only once interactive: a prerender would start a QR that the interactive render then retires at once.
        if (firstRender && _shopperId is { } shopper)
        {
            _subscription = WalletOrders.Subscribe(shopper, () => _ = OnOrderArrivedAsync());
            _ = PollAsync(_stop.Token);
            await NewCodeAsync();
            StateHasChanged();
        }
    }

    private async Task NewCodeAsync()
    {
        if (_shopperId is null || _busy)
        {
            return;
        }
        _busy = true;
        try
        {
            _qr = await Desk.StartAsync(_shopperId, _stop.Token);
            _qrText = Desk.QrText(_qr);
            _qrImage = QrCodeRenderer.PngDataUri(_qrText);
            _order = null;
            _shownStatus = null;
            _error = null;
            _canTopUp = false;
            _announcement = L["A new code is ready."];
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task OnOrderArrivedAsync()
    {
        try
        {
            await InvokeAsync(RefreshAsync);
        }
        catch (Exception ex)
        {
            await DispatchExceptionAsync(ex);
        }
    }

    private async Task PollAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var timer = new PeriodicTimer(PollInterval, Time);
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await InvokeAsync(RefreshAsync);
            }
        }
        catch (OperationCanceledException)
        {
            // The shopper left the page.
        }
        catch (Exception ex)
        {
            await DispatchExceptionAsync(ex);
        }
    }

    /// <summary>Re-reads the QR and, once it took an order, that order's session; announces what changed.</summary>
    private async Task RefreshAsync()
    {
        if (_qr is null || _shopperId is null)
        {
            return;
        }
        _qr = await Desk.FindAsync(_qr.Id, _shopperId, _stop.Token) ?? _qr;
        if (_qr.CheckoutSessionId is { } sessionId)
        {
            var order = await Sessions.FindAsync(sessionId, _stop.Token);
            if (order is not null && order.IsVisibleTo(_shopperId))
            {
                if (_order is null)
                {
                    await LookUpMerchantAsync(order);
                }
                _order = order;
            }
        }
        NoteStatus();
        StateHasChanged();
    }

    private async Task LookUpMerchantAsync(CheckoutSessionView order)
    {
        _merchant = await MerchantBranding.LookUpAsync(Peers, order.MerchantOcid, L["Merchant {0}", order.MerchantOcid], _stop.Token);
        if (order.SettlesThrough is { } settler)
        {
            _settler = (await MerchantBranding.LookUpAsync(Peers, settler, L["OCID {0}", settler], _stop.Token)).Name;
        }
    }

    private void NoteStatus()
    {
        var status = OrderStatus;
        if (status is null || status == _shownStatus)
        {
            return;
        }
        _shownStatus = status;
        _announcement = status switch
        {
            SessionStatus.Open => L["{0} asks you to pay {1} {2}.", _merchant.Name, _order!.Total.ToWireString(), _order.Total.Currency.Code],
            SessionStatus.Processing => L["Processing — settling through {0}…", _settler],
            SessionStatus.Paid => L["Payment complete."],
            SessionStatus.Cancelled => L["You declined the order. Nothing was charged."],
            _ => L["The order expired. Nothing was charged."],
        };
    }

    private Task ApproveAsync() => ActAsync(async (id, shopper) =>
    {
        var paid = await Checkout.PayAsync(id, shopper, PaymentMethodKind.WalletBalance, _stop.Token);
        _canTopUp = !paid.IsSuccess && paid.Error.Code == "ledger.insufficient_funds" && Checkout.CanTopUp;
        return paid.IsSuccess ? null : paid.Error;
    });

    private Task DeclineAsync() => ActAsync(async (id, shopper) => (await Checkout.CancelAsync(id, shopper, _stop.Token)).Error);

    private Task TopUpAsync() => ActAsync(async (_, shopper) =>
    {
        var topped = await Checkout.TopUpAsync(shopper, _order!.Total, _stop.Token);
        _canTopUp = !topped.IsSuccess;
        return topped.Error;
    });

    /// <summary>One shopper action on the order at a time; the page then shows what the database says.</summary>
    private async Task ActAsync(Func<SessionId, string, Task<DomainError?>> action)
    {
        if (_busy || _order is null || _shopperId is null)
        {
            return;
        }
        _busy = true;
        _error = null;
        try
        {
            if (await action(_order.Id, _shopperId) is { } error)
            {
                _error = WalletOrderMessages.For(L, error);
            }
            await RefreshAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        // Not disposed: callbacks still queued on the circuit may read its token, which must then say "cancelled".
        _stop.Cancel();
    }
}
