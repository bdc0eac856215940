using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Sandbox;
using OpenCharge.Checkout.Sandbox.Gateway;
using OpenCharge.Checkout.Sandbox.Orders;

namespace OpenCharge.Checkout.Web.Components.Pages.Sandbox;

public sealed partial class StorePage
{
    private CheckoutStart.Failed? _failure;

    [Inject]
    private IOptions<SandboxOptions> Sandbox { get; set; } = default!;

    [Inject]
    private PlaceDemoOrder PlaceOrder { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ILogger<StorePage> Logger { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "buy")]
    private string? ProductId { get; set; }

    [SupplyParameterFromForm(FormName = "buy", Name = nameof(SettleThrough))]
    private string? Route { get; set; }

    private async Task BuyAsync()
    {
        if (DemoCatalogue.Find(ProductId) is not { } product)
        {
            _failure = new CheckoutStart.Failed("UNKNOWN_PRODUCT", L["The store does not sell that product."]);
            return;
        }
        // No choice posted (an older page, a script) means the default route, as the radio group preselects it.
        var route = Route is null ? SettleThrough.DemoGateway
            : Enum.TryParse<SettleThrough>(Route, out var chosen) && Enum.IsDefined(chosen) ? chosen
            : (SettleThrough?)null;
        if (route is null)
        {
            _failure = new CheckoutStart.Failed("UNKNOWN_ROUTE", L["The store does not settle that way."]);
            return;
        }

        CheckoutStart start;
        try
        {
            start = await PlaceOrder.PlaceAsync(product, route.Value, CancellationToken.None);
        }
        catch (Exception ex)
        {
            // The store page must always answer; the log keeps the cause.
            Logger.LogError(ex, "Demo Store could not place an order for {Product}", product.Id);
            start = new CheckoutStart.Failed("SANDBOX_ERROR", L["The Demo Store failed to place the order. See the server log."]);
        }

        if (start is CheckoutStart.Started started)
        {
            Navigation.NavigateTo(started.CheckoutUrl.AbsoluteUri);
            return;
        }
        _failure = (CheckoutStart.Failed)start;
    }
}
