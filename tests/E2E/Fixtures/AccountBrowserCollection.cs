namespace OpenCharge.Checkout.E2E.Fixtures;

/// <summary>
/// Browser tests of accounts, the merchant portal, the back office and the security of the pages. They share one
/// Chromium and run one after another, beside <see cref="ShoppingBrowserCollection"/>: two halves of about the same
/// length, so the suite's browser tests take half the time on a 2-core CI machine.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AccountBrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser: accounts, portal and back office";
}
