namespace OpenCharge.Checkout.E2E.Fixtures;

/// <summary>
/// Browser tests of shopping: the hosted checkout, the wallet, the demo peers, settlement and the languages. They share
/// one Chromium and run one after another, beside <see cref="AccountBrowserCollection"/>.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ShoppingBrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser: shopping";
}
