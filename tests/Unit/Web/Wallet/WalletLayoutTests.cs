using Bunit;

using Microsoft.AspNetCore.Components;

using OpenCharge.Checkout.Infrastructure.Identity;
using OpenCharge.Checkout.UnitTests.Web.Components;
using OpenCharge.Checkout.Web.Components.Layout;

namespace OpenCharge.Checkout.UnitTests.Web.Wallet;

public sealed class WalletLayoutTests : ComponentTestContext
{
    [Fact]
    public void Render_Shopper_NavigatesBetweenTheWalletsSections()
    {
        AddAuthorization().SetAuthorized("shopper@example.test").SetRoles(Roles.Shopper);

        var layout = Render<WalletLayout>(p => p.Add(c => c.Body, (RenderFragment)(b => b.AddContent(0, "page body"))));

        var links = layout.FindAll("nav[aria-label='Wallet'] a");
        Assert.Equal(
            [("Home", "/wallet"), ("History", "/wallet/history"), ("Pay in store", "/wallet/pay-in-store"), ("Scan a merchant QR", "/wallet/scan")],
            links.Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))));
        Assert.Contains("page body", layout.Find("main").TextContent, StringComparison.Ordinal);
    }
}
