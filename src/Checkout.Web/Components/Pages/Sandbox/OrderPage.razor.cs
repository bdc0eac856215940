using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Sandbox;
using OpenCharge.Checkout.Sandbox.Orders;

namespace OpenCharge.Checkout.Web.Components.Pages.Sandbox;

/// <summary>
/// Where the checkout sends the shopper back. The proof may reach the store a moment after the browser does, so the
/// page listens for the order changing and shows "paid" only once a verified proof is stored.
/// </summary>
public sealed partial class OrderPage
{
    private DemoOrderView? _order;
    private bool _loaded;
    private bool _subscribed;

    [Inject]
    private IOptions<SandboxOptions> Sandbox { get; set; } = default!;

    [Inject]
    private DemoOrderQueries Orders { get; set; } = default!;

    [Inject]
    private DemoOrderNotifications Notifications { get; set; } = default!;

    [Parameter]
    public string OrderId { get; set; } = "";

    [SupplyParameterFromQuery(Name = "cancelled")]
    private string? CancelledFlag { get; set; }

    private bool IsCancelled => CancelledFlag is "1" or "true";

    protected override Task OnParametersSetAsync() => ReloadAsync();

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            Notifications.OrderChanged += OnOrderChanged;
            _subscribed = true;
            // Whatever arrived between the first read and the subscription is picked up here.
            await ReloadAsync();
            StateHasChanged();
        }
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
                await ReloadAsync();
                StateHasChanged();
            }
            catch (Exception ex)
            {
                await DispatchExceptionAsync(ex);
            }
        });
    }

    private async Task ReloadAsync()
    {
        _order = await Orders.FindAsync(OrderId, CancellationToken.None);
        _loaded = true;
    }

    public void Dispose()
    {
        if (_subscribed)
        {
            Notifications.OrderChanged -= OnOrderChanged;
        }
    }
}
