using Microsoft.AspNetCore.Components;

using OpenCharge.Checkout.Sandbox.Orders;

namespace OpenCharge.Checkout.Web.Components.Pages.Sandbox;

/// <summary>
/// The live view of one order that the store's pages share (the order page the checkout returns to, and the till):
/// the proof may reach the store after the browser does, so it listens for <see cref="DemoOrderNotifications"/> and
/// re-reads; "paid" shows only once a verified proof is stored.
/// </summary>
public sealed partial class LiveDemoOrder : IDisposable
{
    private DemoOrderView? _order;
    private bool _loaded;
    private bool _subscribed;

    [Inject]
    private DemoOrderQueries Orders { get; set; } = default!;

    [Inject]
    private DemoOrderNotifications Notifications { get; set; } = default!;

    [Parameter, EditorRequired]
    public string OrderId { get; set; } = "";

    [Parameter, EditorRequired]
    public RenderFragment<DemoOrderView> ChildContent { get; set; } = default!;

    /// <summary>Shown when the store has no such order; nothing when not given.</summary>
    [Parameter]
    public RenderFragment? NotFound { get; set; }

    protected override Task OnParametersSetAsync() => ReloadAsync();

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            // Subscribed once interactive (a prerender is disposed at once); whatever arrived in between is read here.
            Notifications.OrderChanged += OnOrderChanged;
            _subscribed = true;
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
