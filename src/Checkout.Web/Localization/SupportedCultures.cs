using System.Globalization;

namespace OpenCharge.Checkout.Web.Localization;

/// <summary>The languages the UI speaks. English is the default and the text of every resource key.</summary>
internal static class SupportedCultures
{
    public const string English = "en";
    public const string Arabic = "ar";

    /// <summary>
    /// A test-only culture whose strings come back wrapped in <see cref="PseudoLocalizer"/>'s markers, so text that did
    /// not go through resources stands out. Never offered in the picker; served only when <c>Localization:PseudoLocale</c> is on.
    /// </summary>
    public const string Pseudo = "qps-Ploc";

    /// <summary>What a person may choose, each named in its own language (an autonym is not translated).</summary>
    public static IReadOnlyList<(string Name, string Autonym)> Selectable { get; } =
    [
        (English, "English"),
        (Arabic, "العربية"),
    ];

    public static IReadOnlyList<string> Served(bool pseudo) =>
        pseudo ? [.. Selectable.Select(c => c.Name), Pseudo] : [.. Selectable.Select(c => c.Name)];

    /// <summary>The page's text direction, from the culture the request or circuit runs in.</summary>
    public static bool IsRightToLeft => CultureInfo.CurrentUICulture.TextInfo.IsRightToLeft;
}
