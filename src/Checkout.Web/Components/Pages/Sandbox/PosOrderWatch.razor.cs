using Microsoft.AspNetCore.Components;

using OpenCharge.Checkout.Sandbox.Orders;

namespace OpenCharge.Checkout.Web.Components.Pages.Sandbox;

/// <summary>
/// Re-reads the order whenever the store's webhook changes it (<see cref="DemoOrderNotifications"/>), so the cashier
/// sees it turn paid the moment the verified proof is stored.
/// </summary>
public sealed partial class PosOrderWatch : IDisposable
{
    private DemoOrderView? _order;
    private bool _subscribed;

    [Inject]
    private DemoOrderQueries Orders { get; set; } = default!;

    [Inject]
    private DemoOrderNotifications Notifications { get; set; } = default!;

    [Parameter, EditorRequired]
    public string OrderId { get; set; } = "";

    protected override async Task OnParametersSetAsync()
    {
        if (!_subscribed)
        {
            Notifications.OrderChanged += OnOrderChanged;
            _subscribed = true;
        }
        // Read after subscribing, so a proof stored in between is not missed.
        _order = await Orders.FindAsync(OrderId, CancellationToken.None);
    }

    private void OnOrderChanged(string orderId)
    {
        if (orderId != OrderId)
        {
            return;
        }
        _ = InvokeAsync(async () =>
        {
            try
            {
                _order = await Orders.FindAsync(OrderId, CancellationToken.None);
                StateHasChanged();
            }
            catch (Exception ex)
            {
                await DispatchExceptionAsync(ex);
            }
        });
    }

    public void Dispose()
    {
        if (_subscribed)
        {
            Notifications.OrderChanged -= OnOrderChanged;
        }
    }
}
