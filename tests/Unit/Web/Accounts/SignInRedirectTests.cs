using OpenCharge.Checkout.Infrastructure.Identity;
using OpenCharge.Checkout.Web.Accounts;

namespace OpenCharge.Checkout.UnitTests.Web.Accounts;

public sealed class SignInRedirectTests
{
    [Theory]
    [InlineData("/merchant")]
    [InlineData("/checkout/abc?step=pay#top")]
    public void IsLocal_RootedPath_IsTrue(string url)
    {
        Assert.True(SignInRedirect.IsLocal(url));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("~/merchant")]
    [InlineData("merchant")]
    [InlineData("javascript:alert(1)")]
    public void IsLocal_AnythingElse_IsFalse(string? url)
    {
        Assert.False(SignInRedirect.IsLocal(url));
    }

    [Fact]
    public void Target_WithLocalReturnUrl_ReturnsIt()
    {
        var target = SignInRedirect.Target("/checkout/abc", [Roles.Shopper]);

        Assert.Equal("/checkout/abc", target);
    }

    [Fact]
    public void Target_WithForeignReturnUrl_ReturnsRoleHome()
    {
        var target = SignInRedirect.Target("https://evil.example/", [Roles.Merchant]);

        Assert.Equal("/merchant", target);
    }
}
