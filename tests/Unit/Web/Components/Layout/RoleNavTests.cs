using Bunit;

using OpenCharge.Checkout.Infrastructure.Identity;
using OpenCharge.Checkout.Web.Components.Layout;

namespace OpenCharge.Checkout.UnitTests.Web.Components.Layout;

public sealed class RoleNavTests : ComponentTestContext
{
    [Fact]
    public void Render_Shopper_LinksOnlyToWallet()
    {
        AddAuthorization().SetAuthorized("shopper@example.test").SetRoles(Roles.Shopper);

        var nav = Render<RoleNav>();

        var link = Assert.Single(nav.FindAll("nav a"));
        Assert.Equal("Wallet", link.TextContent.Trim());
        Assert.Equal("/wallet", link.GetAttribute("href"));
    }

    [Fact]
    public void Render_Anonymous_RendersNoNavigation()
    {
        AddAuthorization();

        var nav = Render<RoleNav>();

        Assert.Empty(nav.FindAll("nav"));
    }
}
