using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

using OpenCharge.Checkout.Infrastructure.MerchantActivity;
using OpenCharge.Checkout.Infrastructure.Webhooks;
using OpenCharge.Checkout.Web.Localization;
using OpenCharge.Checkout.Web.Merchant;

namespace OpenCharge.Checkout.Web.Components.Pages.Merchant;

/// <summary>
/// One delivery: the request we send, every attempt, and the redeliver button. Attempts recorded in this process show
/// at once (<see cref="DeliveryAttemptFeed"/>); others on refresh. Another merchant's delivery reads as not found.
/// </summary>
public sealed partial class DeliveryPage : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private MerchantUser _user = new("", "");
    private MerchantDeliveryDetail? _detail;
    private bool _loaded;
    private bool _busy;
    private bool _failed;
    private string? _message;

    [Parameter]
    public Guid Id { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private MerchantDeliveryQueries Deliveries { get; set; } = default!;

    [Inject]
    private MerchantRedelivery Redelivery { get; set; } = default!;

    [Inject]
    private DeliveryAttemptFeed Feed { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _user = MerchantUser.From((await AuthenticationState).User);
        await LoadAsync();
        _loaded = true;
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            Feed.Recorded += OnRecorded;
        }
    }

    private async Task LoadAsync() => _detail = await Deliveries.FindAsync(_user.Id, Id, _stop.Token);

    private async Task RedeliverAsync()
    {
        _busy = true;
        try
        {
            var result = await Redelivery.RedeliverAsync(_user.Id, _user.Email, Id, _stop.Token);
            _failed = !result.IsSuccess;
            _message = result.IsSuccess ? L["Redelivery queued: the next attempt follows at once."] : DomainErrorText.For(result.Error, L);
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private void OnRecorded(RecordedAttempt recorded)
    {
        if (recorded.Attempt.DeliveryId != Id)
        {
            return;
        }
        _ = InvokeAsync(async () =>
        {
            try
            {
                await LoadAsync();
                StateHasChanged();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await DispatchExceptionAsync(ex);
            }
            catch (OperationCanceledException)
            {
                // The page closed while it reloaded.
            }
        });
    }

    public void Dispose()
    {
        Feed.Recorded -= OnRecorded;
        _stop.Cancel();
        _stop.Dispose();
    }
}
