using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Sandbox;

namespace OpenCharge.Checkout.Web.Components.Pages.Sandbox;

/// <summary>Where the checkout sends the shopper back: the order, its payment as the store's webhook verified it, live.</summary>
public sealed partial class OrderPage
{
    [Inject]
    private IOptions<SandboxOptions> Sandbox { get; set; } = default!;

    [Parameter]
    public string OrderId { get; set; } = "";

    [SupplyParameterFromQuery(Name = "cancelled")]
    private string? CancelledFlag { get; set; }

    private bool IsCancelled => CancelledFlag is "1" or "true";
}
