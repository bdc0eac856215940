using MudBlazor;

namespace OpenCharge.Checkout.Web.Components.Layout;

/// <summary>The one place the palette and typography are chosen; components use palette roles only.</summary>
internal static class CheckoutTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1b5e20",
            Secondary = "#37474f",
            AppbarBackground = "#1b5e20",
        },
    };
}
