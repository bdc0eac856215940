using System.Globalization;

using Microsoft.AspNetCore.Components;

using OpenCharge.Checkout.Infrastructure.Sessions;
using OpenCharge.Checkout.Web.Checkout;

namespace OpenCharge.Checkout.Web.Components.Pages.Checkout;

public sealed partial class PaidReceipt : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private int _secondsLeft;
    private bool _redirecting;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Parameter, EditorRequired]
    public CheckoutSessionView Session { get; set; } = default!;

    [Parameter, EditorRequired]
    public MerchantBranding Merchant { get; set; } = default!;

    /// <summary>Seconds before <see cref="OnRedirect"/>; zero or less means no automatic redirect.</summary>
    /// <summary>On a remote path, the last hop: it, not we, sends the merchant the proof of payment.</summary>
    [Parameter]
    public string? Settler { get; set; }

    [Parameter]
    public int RedirectSeconds { get; set; }

    /// <summary>Shown instead of the way back to the merchant, e.g. by a wallet, which has no merchant page to return to.</summary>
    [Parameter]
    public RenderFragment? Actions { get; set; }

    /// <summary>Raised once the pause is over, unless the shopper chose to stay.</summary>
    [Parameter]
    public EventCallback OnRedirect { get; set; }

    private string PaidAtText => Session.PaidAt is { } paidAt
        ? paidAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC"
        : "";

    protected override void OnInitialized()
    {
        _secondsLeft = RedirectSeconds;
        _redirecting = RedirectSeconds > 0;
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && _redirecting)
        {
            _ = CountDownAsync(_stop.Token);
        }
    }

    private async Task CountDownAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), Time);
            while (_secondsLeft > 0 && await timer.WaitForNextTickAsync(cancellationToken))
            {
                _secondsLeft--;
                await InvokeAsync(StateHasChanged);
            }
            await InvokeAsync(OnRedirect.InvokeAsync);
        }
        catch (OperationCanceledException)
        {
            // The shopper chose to stay, or left.
        }
        catch (Exception ex)
        {
            await DispatchExceptionAsync(ex);
        }
    }

    private void Stay()
    {
        _redirecting = false;
        _stop.Cancel();
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }
}
