namespace OpenCharge.Checkout.E2E.Fixtures;

/// <summary>Tests in this collection share one Chromium and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
