using Xunit.Abstractions;

[assembly: TestCollectionOrderer("OpenCharge.Checkout.E2E.Fixtures.BrowserCollectionsFirst", "Checkout.E2E")]

namespace OpenCharge.Checkout.E2E.Fixtures;

/// <summary>
/// Starts the two browser collections first. xunit runs as many collections at once as it has threads (two on a 2-core
/// CI machine) and starts them in this order; the browser halves are the two longest chains of the suite, and the many
/// short collections fill the gaps after them. Left to its own order, xunit started one half only after most of the short
/// collections had run, which left it running alone at the end.
/// </summary>
public sealed class BrowserCollectionsFirst : ITestCollectionOrderer
{
    private static readonly string[] BrowserCollections = [AccountBrowserCollection.Name, ShoppingBrowserCollection.Name];

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections
            .OrderBy(collection => BrowserCollections.Contains(collection.DisplayName) ? 0 : 1)
            .ThenBy(collection => collection.DisplayName, StringComparer.Ordinal);
}
