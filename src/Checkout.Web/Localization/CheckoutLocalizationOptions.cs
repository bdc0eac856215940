namespace OpenCharge.Checkout.Web.Localization;

/// <summary>The <c>Localization</c> section.</summary>
internal sealed class CheckoutLocalizationOptions
{
    public const string Section = "Localization";

    /// <summary>Serves <see cref="SupportedCultures.Pseudo"/>, for the test that finds text not going through resources.</summary>
    public bool PseudoLocale { get; set; }
}
