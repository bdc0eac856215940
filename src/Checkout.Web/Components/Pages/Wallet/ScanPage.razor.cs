using System.Security.Claims;

using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Inventory;
using OpenCharge.Checkout.Domain.Orders;
using OpenCharge.Checkout.Domain.PaymentMethods;
using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Infrastructure.Identity;
using OpenCharge.Checkout.Infrastructure.Sessions;
using OpenCharge.Checkout.Web.Checkout;

namespace OpenCharge.Checkout.Web.Components.Pages.Wallet;

/// <summary>
/// "Scan a merchant QR" (issue 9, merchant shows QR and inventory QR): a code from the camera, a picture or pasted
/// text opens the merchant's order as the shopper's session (<see cref="ScanDesk"/>), or first its inventory to pick
/// from; then the shopper pays or declines it through <see cref="ShopperCheckout"/>, as on "Pay in store". Every
/// refusal is shown as the Domain words it, and nothing is charged before the shopper approves.
/// </summary>
public sealed partial class ScanPage : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource _stop = new();
    private string? _shopperId;
    private MerchantInventory? _inventory;
    private CheckoutSessionView? _order;
    private MerchantBranding _merchant = MerchantBranding.Unavailable("");
    private string _settler = "";
    private bool _busy;
    private bool _canTopUp;
    private string? _error;
    private string? _announcement;
    private IDisposable? _subscription;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private ScanDesk Desk { get; set; } = default!;

    [Inject]
    private ShopperCheckout Checkout { get; set; } = default!;

    [Inject]
    private CheckoutSessionQueries Sessions { get; set; } = default!;

    [Inject]
    private SessionEvents Events { get; set; } = default!;

    [Inject]
    private IPeerDirectory Peers { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    private SessionStatus? OrderStatus => _order?.StatusAt(Time.GetUtcNow());

    private string ReceiptPath => WalletPaths.Receipt(_order?.ProofTxid ?? "");

    protected override async Task OnParametersSetAsync()
    {
        var user = (await AuthenticationState).User;
        _shopperId = user.IsInRole(Roles.Shopper) ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
    }

    private Task OpenCodeAsync(string text) => RunAsync(async shopper =>
    {
        var opened = await Desk.ScanAsync(shopper, text, _stop.Token);
        return opened.IsSuccess ? await ShowAsync(opened.Value) : opened.Error;
    });

    private Task OrderPicksAsync(IReadOnlyList<InventoryPick> picks) => RunAsync(async shopper =>
    {
        var ordered = await Desk.OrderPicksAsync(shopper, _inventory!, picks, _stop.Token);
        return ordered.IsSuccess ? await ShowAsync(ordered.Value) : ordered.Error;
    });

    private async Task<DomainError?> ShowAsync(OpenScannedOrderOutcome outcome)
    {
        if (outcome.Inventory is { } inventory)
        {
            _merchant = await MerchantBranding.LookUpAsync(Peers, inventory.Merchant, L["Merchant {0}", inventory.Merchant], _stop.Token);
            _inventory = inventory;
            _announcement = L["Pick from {0}", _merchant.Name];
            return null;
        }
        var session = outcome.Session!;
        _order = await Sessions.FindAsync(session.Id, _stop.Token);
        _merchant = await MerchantBranding.LookUpAsync(Peers, session.MerchantOcid, L["Merchant {0}", session.MerchantOcid], _stop.Token);
        if (session.Route.Path.FinalIssuer is { } settler)
        {
            _settler = (await MerchantBranding.LookUpAsync(Peers, settler, L["OCID {0}", settler], _stop.Token)).Name;
        }
        _subscription?.Dispose();
        _subscription = Events.Subscribe(session.Id, () => _ = OnSessionChangedAsync());
        _ = PollWhileProcessingAsync(_stop.Token);
        _announcement = L["{0} asks you to pay {1} {2}.", _merchant.Name, session.Total.ToWireString(), session.Total.Currency.Code];
        return null;
    }

    private void ShowFailure(string message)
    {
        _error = message;
        _announcement = message;
    }

    private void StartOver()
    {
        _subscription?.Dispose();
        _subscription = null;
        _order = null;
        _inventory = null;
        _error = null;
        _canTopUp = false;
    }

    private Task ApproveAsync() => RunAsync(async shopper =>
    {
        var paid = await Checkout.PayAsync(_order!.Id, shopper, PaymentMethodKind.WalletBalance, _stop.Token);
        _canTopUp = !paid.IsSuccess && paid.Error.Code == "ledger.insufficient_funds" && Checkout.CanTopUp;
        await RefreshAsync();
        return paid.IsSuccess ? null : paid.Error;
    });

    private Task DeclineAsync() => RunAsync(async shopper =>
    {
        var declined = await Checkout.CancelAsync(_order!.Id, shopper, _stop.Token);
        await RefreshAsync();
        return declined.Error;
    });

    private Task TopUpAsync() => RunAsync(async shopper =>
    {
        var topped = await Checkout.TopUpAsync(shopper, _order!.Total, _stop.Token);
        _canTopUp = !topped.IsSuccess;
        return topped.Error;
    });

    /// <summary>One shopper action at a time; a failure is shown and announced.</summary>
    private async Task RunAsync(Func<string, Task<DomainError?>> action)
    {
        if (_busy || _shopperId is null)
        {
            return;
        }
        _busy = true;
        _error = null;
        try
        {
            if (await action(_shopperId) is { } error)
            {
                ShowFailure(WalletOrderMessages.For(L, error));
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task RefreshAsync()
    {
        if (_order is not null)
        {
            _order = await Sessions.FindAsync(_order.Id, _stop.Token) ?? _order;
            StateHasChanged();
        }
    }

    private async Task OnSessionChangedAsync()
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

    /// <summary>A remote settlement finishes in the background, maybe in another process: look again now and then.</summary>
    private async Task PollWhileProcessingAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var timer = new PeriodicTimer(PollInterval, Time);
            while (_order is not null && await timer.WaitForNextTickAsync(cancellationToken))
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

    public void Dispose()
    {
        _subscription?.Dispose();
        // Not disposed: callbacks still queued on the circuit may read its token, which must then say "cancelled".
        _stop.Cancel();
    }
}
