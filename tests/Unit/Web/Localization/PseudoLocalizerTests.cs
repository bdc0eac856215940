using System.Globalization;

using OpenCharge.Checkout.Web.Localization;

namespace OpenCharge.Checkout.UnitTests.Web.Localization;

public sealed class PseudoLocalizerTests
{
    private static readonly PseudoLocalizer Localizer = new(ResourceLocalizer.Shared);

    [Fact]
    public void Indexer_InThePseudoLocale_WrapsTheFormattedText() =>
        InCulture(SupportedCultures.Pseudo, () => Assert.Equal("[!! Order 42 !!]", Localizer["Order {0}", 42].Value));

    [Fact]
    public void Indexer_InArabic_IsTheTranslationUnwrapped() =>
        InCulture(SupportedCultures.Arabic, () => Assert.Equal("سجّل الدخول للدفع", Localizer["Sign in to pay"].Value));

    [Fact]
    public void Indexer_InEnglish_IsTheKey() =>
        InCulture(SupportedCultures.English, () => Assert.Equal("Sign in to pay", Localizer["Sign in to pay"].Value));

    private static void InCulture(string name, Action assertion)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
        try
        {
            assertion();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
