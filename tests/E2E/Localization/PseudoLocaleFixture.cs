using OpenCharge.Checkout.E2E.Fixtures;

namespace OpenCharge.Checkout.E2E.Localization;

/// <summary>The app with its demo accounts and the test-only pseudo-locale served.</summary>
public sealed class PseudoLocaleFixture() : AppFixture(Settings)
{
    public const string Culture = "qps-Ploc";

    private static IReadOnlyDictionary<string, string> Settings { get; } =
        new Dictionary<string, string>(DemoAccount.SeedSettings) { ["Localization:PseudoLocale"] = "true" };
}
