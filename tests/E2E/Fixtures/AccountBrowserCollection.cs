namespace OpenCharge.Checkout.E2E.Fixtures;

/// <summary>
/// Browser tests of accounts, the merchant portal, the back office and the security of the pages. They share one
/// Chromium and run one after another, beside <see cref="ShoppingBrowserCollection"/>: two halves of about the same
/// length, which a 2-core CI machine runs side by side (docs/decisions.md, "The test suite's time").
/// </summary>
[CollectionDefinition(Name)]
public sealed class AccountBrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser: accounts, portal and back office";
}
