using OpenCharge.Checkout.Infrastructure.Sessions;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Sessions;

public sealed class CheckoutSessionQueriesTests
{
    [Fact]
    public void ReadOrder_SignedOrderJson_ReadsItemsMemoAndReference()
    {
        const string json = """
            {"id":"ord_1","ocid":500,"reference":"INV-001","amount":"99.99","currency":"USD",
             "items":[{"id":"item_001","name":"Product A","quantity":1.5,"price":"66.66"}],"memo":"Thanks","createdAt":1,"accepts":[100]}
            """;

        var (items, memo, reference) = CheckoutSessionQueries.ReadOrder(json);

        var item = Assert.Single(items);
        Assert.Equal(("item_001", "Product A", 1.5m, "66.66"), (item.Id, item.Name, item.Quantity, item.Price));
        Assert.Equal("Thanks", memo);
        Assert.Equal("INV-001", reference);
    }

    [Fact]
    public void ReadOrder_WithoutOptionalFields_ReturnsEmpty()
    {
        var (items, memo, reference) = CheckoutSessionQueries.ReadOrder("""{"id":"ord_1","items":[{"name":"no quantity"}]}""");

        Assert.Empty(items);
        Assert.Null(memo);
        Assert.Null(reference);
    }
}
