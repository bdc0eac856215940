using Bunit;

using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;

using OpenCharge.Checkout.Infrastructure.Identity;
using OpenCharge.Checkout.Web.Accounts;
using OpenCharge.Checkout.Web.Components.Layout;

namespace OpenCharge.Checkout.UnitTests.Web.Components.Layout;

public sealed class UserMenuTests : ComponentTestContext
{
    public UserMenuTests() => Services.AddSingleton<AntiforgeryStateProvider, NoAntiforgeryToken>();

    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Merchant)]
    [InlineData(Roles.Shopper)]
    public void Render_SignedIn_LinksToTwoFactorSettings(string role)
    {
        AddAuthorization().SetAuthorized("someone@example.test").SetRoles(role);

        var menu = Render<UserMenu>();

        var link = menu.Find($"a[href='{AccountPaths.TwoFactor}']");
        Assert.Equal("Two-factor sign-in", link.TextContent.Trim());
    }

    [Fact]
    public void Render_Anonymous_OffersNoAccountLinks()
    {
        AddAuthorization();

        var menu = Render<UserMenu>();

        Assert.Empty(menu.FindAll("a"));
    }

    /// <summary>The sign-out form's token is the host's business; this test looks only at the links.</summary>
    private sealed class NoAntiforgeryToken : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken? GetAntiforgeryToken() => null;
    }
}
