using System.Security.Claims;

using OpenCharge.Checkout.Infrastructure.Identity;
using OpenCharge.Checkout.Web.Accounts;

namespace OpenCharge.Checkout.UnitTests.Web.Accounts;

public sealed class RoleHomeTests
{
    [Theory]
    [InlineData(Roles.Admin, "/admin")]
    [InlineData(Roles.Merchant, "/merchant")]
    [InlineData(Roles.Shopper, "/wallet")]
    public void PathFor_SingleRole_ReturnsThatRolesHome(string role, string expected)
    {
        Assert.Equal(expected, RoleHome.PathFor([role]));
    }

    [Fact]
    public void PathFor_SeveralRoles_PrefersTheMostPrivileged()
    {
        Assert.Equal("/admin", RoleHome.PathFor([Roles.Shopper, Roles.Admin, Roles.Merchant]));
    }

    [Fact]
    public void PathFor_NoRole_ReturnsStartPage()
    {
        Assert.Equal("/", RoleHome.PathFor([]));
    }

    [Fact]
    public void PathFor_Principal_ReadsRoleClaims()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.Merchant)], "test"));

        Assert.Equal("/merchant", RoleHome.PathFor(user));
    }
}
