using System.Security.Claims;

using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Domain.PaymentMethods;
using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Infrastructure.Identity;
using OpenCharge.Checkout.Infrastructure.Merchants;
using OpenCharge.Checkout.Infrastructure.Sessions;
using OpenCharge.Checkout.Web.Checkout;
using OpenCharge.Checkout.Web.Components.Prerendering;
using OpenCharge.Checkout.Web.Localization;

using CheckoutSessionId = OpenCharge.Checkout.Domain.Sessions.SessionId;

namespace OpenCharge.Checkout.Web.Components.Pages.Checkout;

/// <summary>
/// The hosted checkout behind <c>checkout_url</c>. Status stays live without a reload: <see cref="SessionEvents"/>
/// tells the page at once when this process pays, cancels or expires the session, and a light periodic re-read
/// catches changes made by another process. The circuit starts from what the prerender read (<see cref="CheckoutPageSnapshot"/>),
/// so the order stays on screen while the page goes live instead of giving way to the loading bar again.
/// </summary>
public sealed partial class CheckoutPage : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private CheckoutSessionId _id;
    private bool _loaded;
    private CheckoutSessionView? _session;
    private MerchantBranding _merchant = MerchantBranding.Unavailable("");
    private string _settler = "";
    // Null until the first interactive render, which then announces a final state the page opened in (or reached
    // while the circuit was starting) as well as later changes.
    private SessionStatus? _shownStatus;
    private bool _signedIn;
    private string? _shopperId;
    private IReadOnlyList<PaymentMethodOption> _options = [];
    private bool _busy;
    private string? _error;
    private string? _announcement;
    private IDisposable? _subscription;
    private PrerenderHandoff<CheckoutPageSnapshot> _handoff = default!;

    [Parameter]
    public string SessionId { get; set; } = "";

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private CheckoutSessionQueries Sessions { get; set; } = default!;

    [Inject]
    private ShopperCheckout Checkout { get; set; } = default!;

    [Inject]
    private SessionEvents Events { get; set; } = default!;

    [Inject]
    private IPeerDirectory Peers { get; set; } = default!;

    [Inject]
    private MerchantBrandingQueries Branding { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IOptions<HostedCheckoutOptions> Options { get; set; } = default!;

    [Inject]
    private PersistentComponentState PrerenderedState { get; set; } = default!;

    private HostedCheckoutOptions Settings => Options.Value;

    private SessionStatus? Status => _session?.StatusAt(Time.GetUtcNow());

    private string ReturnPath => "/pay/" + _id;

    protected override void OnInitialized() =>
        _handoff = new PrerenderHandoff<CheckoutPageSnapshot>(PrerenderedState, nameof(CheckoutPage),
            () => _loaded ? CheckoutPageSnapshot.Of(SessionId, _session, _merchant, _settler, _options) : null);

    protected override async Task OnParametersSetAsync()
    {
        var isSessionId = CheckoutSessionId.TryParse(SessionId, out _id);
        var user = (await AuthenticationState).User;
        _signedIn = user.Identity?.IsAuthenticated == true;
        _shopperId = user.IsInRole(Roles.Shopper) ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;

        if (_handoff.TryTake(out var prerendered) && prerendered.SessionId == SessionId)
        {
            // Shown as it was prerendered; the first interactive read (OnAfterRender) brings it up to date.
            (_session, _merchant, _settler, _options) = (prerendered.Session, prerendered.Merchant, prerendered.Settler, prerendered.Options);
        }
        else
        {
            await LoadAsync(isSessionId);
        }
        if (RendererInfo.IsInteractive)
        {
            NoteStatus();
        }
        _loaded = true;
    }

    private async Task LoadAsync(bool isSessionId)
    {
        if (isSessionId)
        {
            // An order that came by QR is its shopper's alone: to anyone else the link leads nowhere.
            _session = await Sessions.FindAsync(_id, _stop.Token) is { } found && found.IsVisibleTo(_shopperId) ? found : null;
        }
        if (_session is not null)
        {
            var fallback = L["Merchant {0}", _session.MerchantOcid];
            _merchant = (await MerchantBranding.LookUpAsync(Peers, _session.MerchantOcid, fallback, _stop.Token))
                .WithOwn(await Branding.FindAsync(_session.MerchantOcid, _stop.Token));
            if (_session.SettlesThrough is { } settler)
            {
                _settler = (await MerchantBranding.LookUpAsync(Peers, settler, L["OCID {0}", settler], _stop.Token)).Name;
            }
            await LoadOptionsAsync();
        }
    }

    protected override void OnAfterRender(bool firstRender)
    {
        // The first interactive render can come before the session is read (OnParametersSetAsync is still awaiting),
        // so nothing here may depend on it.
        if (firstRender)
        {
            _subscription = Events.Subscribe(_id, () => _ = OnSessionChangedAsync());
            _ = PollAsync(_stop.Token);
            // Only now do clicks reach us (prerendered buttons stay disabled until then). A change made between the
            // first read and the subscription is caught by re-reading once.
            _ = OnSessionChangedAsync();
        }
    }

    private async Task OnSessionChangedAsync()
    {
        try
        {
            await InvokeAsync(() => RefreshAsync(force: true));
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
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Settings.StatusPollSeconds), Time);
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await InvokeAsync(() => RefreshAsync(force: false));
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

    /// <summary>
    /// Re-reads the session (a poll skips that once the page shows a final state, which cannot change) and announces
    /// a new status, including one reached only by the clock.
    /// </summary>
    private async Task RefreshAsync(bool force)
    {
        if (_session is not null)
        {
            var before = Status;
            if (force || Status is SessionStatus.Open or SessionStatus.Processing)
            {
                _session = await Sessions.FindAsync(_id, _stop.Token) ?? _session;
            }
            if (before == SessionStatus.Processing && Status == SessionStatus.Open)
            {
                // The settlement was reversed: the shopper has the money back and may pay again.
                await LoadOptionsAsync();
            }
            NoteStatus();
        }
        StateHasChanged();
    }

    private void NoteStatus()
    {
        var status = Status;
        if (status == _shownStatus)
        {
            return;
        }
        _shownStatus = status;
        _announcement = status switch
        {
            // Open is the state the page starts in: nothing to announce, unless a settlement was just reversed.
            SessionStatus.Paid => L["Payment complete."],
            SessionStatus.Processing => L["Processing — settling through {0}…", _settler],
            SessionStatus.Open when _session?.SettlementFailure is not null => L["Your payment could not be completed. You were not charged, and you can try again."],
            SessionStatus.Expired => L["This checkout expired. You were not charged."],
            SessionStatus.Cancelled => L["This checkout was cancelled. You were not charged."],
            _ => _announcement,
        };
    }

    private async Task LoadOptionsAsync()
    {
        if (_shopperId is not null && _session is not null && Status == SessionStatus.Open)
        {
            _options = await Checkout.OptionsAsync(_shopperId, _session.Total, _stop.Token);
        }
    }

    private async Task OnExpiredAsync()
    {
        // It may have been paid in the last moments: read before saying it expired.
        await RefreshAsync(force: true);
        Checkout.AnnounceExpiry(_id);
    }

    private async Task PayAsync(PaymentMethodKind method)
    {
        if (_busy || _shopperId is null)
        {
            return;
        }
        _busy = true;
        _error = null;
        try
        {
            var paid = await Checkout.PayAsync(_id, _shopperId, method, _stop.Token);
            if (!paid.IsSuccess)
            {
                _error = DomainErrorText.For(paid.Error, L);
                await LoadOptionsAsync();
            }
            await RefreshAsync(force: true);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task TopUpAsync()
    {
        if (_busy || _shopperId is null || _session is null)
        {
            return;
        }
        _busy = true;
        _error = null;
        try
        {
            var topped = await Checkout.TopUpAsync(_shopperId, _session.Total, _stop.Token);
            if (topped.IsSuccess)
            {
                _announcement = L["Test funds added. Your balance is {0} {1}.", topped.Value.ToWireString(), topped.Value.Currency.Code];
            }
            else
            {
                _error = DomainErrorText.For(topped.Error, L);
            }
            await LoadOptionsAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task CancelAsync()
    {
        if (_busy || _session is null)
        {
            return;
        }
        _busy = true;
        _error = null;
        try
        {
            var cancelled = await Checkout.CancelAsync(_id, _shopperId, _stop.Token);
            if (cancelled.IsSuccess)
            {
                Navigation.NavigateTo(_session.CancelUrl.ToString(), forceLoad: true);
                return;
            }
            _error = DomainErrorText.For(cancelled.Error, L);
            await RefreshAsync(force: true);
        }
        finally
        {
            _busy = false;
        }
    }

    /// <summary>The success URL is only ever used for a session that is paid.</summary>
    private void GoToSuccess()
    {
        if (_session is { } session && session.StatusAt(Time.GetUtcNow()) == SessionStatus.Paid)
        {
            Navigation.NavigateTo(session.SuccessUrl.ToString(), forceLoad: true);
        }
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _handoff?.Dispose();
        // Not disposed: callbacks still queued on the circuit may read its token, which must then say "cancelled".
        _stop.Cancel();
    }
}
