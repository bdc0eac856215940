using System.Globalization;

using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;

using OpenCharge.Checkout.Web.Localization;

namespace OpenCharge.Checkout.Web.Components.Shared;

public sealed partial class LanguagePicker : IDisposable
{
    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private static IEnumerable<(string Name, string Autonym)> Others =>
        SupportedCultures.Selectable.Where(c => c.Name != CultureInfo.CurrentUICulture.Name);

    private string ReturnUrl => "/" + Navigation.ToBaseRelativePath(Navigation.Uri);

    // A layout outlives the pages inside it: the link must follow the page the reader is on.
    protected override void OnInitialized() => Navigation.LocationChanged += OnLocationChanged;

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e) => _ = InvokeAsync(StateHasChanged);

    public void Dispose() => Navigation.LocationChanged -= OnLocationChanged;
}
