using System.Globalization;

using Microsoft.Extensions.Localization;

using OpenCharge.Checkout.Web.Components.Shared.Resources;

namespace OpenCharge.Checkout.Web.Localization;

/// <summary>
/// In <see cref="SupportedCultures.Pseudo"/>, wraps every resource string, arguments filled in, as "[!! … !!]"; in any
/// other culture it is the resources unchanged. Text on a page without the markers did not come through here.
/// </summary>
internal sealed class PseudoLocalizer(IStringLocalizer inner) : IStringLocalizer<SharedResource>
{
    public const string Open = "[!! ";
    public const string Close = " !!]";

    public LocalizedString this[string name] => Wrap(inner[name]);

    public LocalizedString this[string name, params object[] arguments] => Wrap(inner[name, arguments]);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        inner.GetAllStrings(includeParentCultures).Select(Wrap);

    private static LocalizedString Wrap(LocalizedString text) =>
        CultureInfo.CurrentUICulture.Name == SupportedCultures.Pseudo
            ? new LocalizedString(text.Name, Open + text.Value + Close, text.ResourceNotFound, text.SearchedLocation)
            : text;
}
