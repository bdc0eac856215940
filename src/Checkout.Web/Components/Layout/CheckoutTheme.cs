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
            // MudBlazor's default error red (#f44336) is under 4.5:1 against white and against its own alert
            // background, so error text would fail WCAG AA contrast.
            Error = "#c62828",
            // Likewise the default warning orange (#ff9800): a short-balance warning must be readable (5.4:1).
            Warning = "#9a5b00",
            // Likewise for MudBlazor's default info blue (#2196f3) and success green (#4caf50) in alerts.
            Info = "#1565c0",
            Success = "#2e7d32",
        },
    };
}
