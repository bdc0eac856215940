using Bunit;

using OpenCharge.Checkout.Domain.Orders;
using OpenCharge.Checkout.Web.Checkout;
using OpenCharge.Checkout.Web.Components.Pages.Checkout;

using static OpenCharge.Checkout.UnitTests.Builders.CheckoutSessionViewBuilder;

namespace OpenCharge.Checkout.UnitTests.Web.Components.Pages.Checkout;

public sealed class OrderSummaryTests : ComponentTestContext
{
    [Fact]
    public void Render_OrderWithItems_ShowsEachItemAndTotal()
    {
        var session = ASession()
            .Totalling(27_00, "EUR")
            .WithItems(new OrderItem("a", "Coffee beans", 2, "12.00"), new OrderItem("b", "Filter papers", 1, "3.00"))
            .Build();

        var summary = Render<OrderSummary>(p => p.Add(c => c.Session, session).Add(c => c.Merchant, new MerchantBranding("Bean Shop", null)));

        var rows = summary.FindAll("tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.Contains("Coffee beans", rows[0].TextContent);
        Assert.Contains("2", rows[0].Children[1].TextContent);
        Assert.Equal("12.00", rows[0].Children[2].TextContent);
        Assert.Equal("27.00 EUR", summary.Find("[data-testid=order-total]").TextContent);
        Assert.Contains("Bean Shop", summary.Markup);
        Assert.Contains("Order ord_123", summary.Markup);
        Assert.Contains("Reference INV-7", summary.Markup);
    }

    [Fact]
    public void Render_OrderWithoutItems_ShowsNoItemTable()
    {
        var session = ASession().WithItems().Build();

        var summary = Render<OrderSummary>(p => p.Add(c => c.Session, session).Add(c => c.Merchant, MerchantBranding.Unavailable("Merchant 9101")));

        Assert.Empty(summary.FindAll("table"));
        Assert.Contains("Merchant 9101", summary.Markup);
        Assert.Equal("12.50 USD", summary.Find("[data-testid=order-total]").TextContent);
    }
}
