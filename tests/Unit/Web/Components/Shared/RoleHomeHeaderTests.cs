using System.Security.Claims;

using Bunit;

using OpenCharge.Checkout.Infrastructure.Identity;
using OpenCharge.Checkout.Web.Components.Shared;

namespace OpenCharge.Checkout.UnitTests.Web.Components.Shared;

public sealed class RoleHomeHeaderTests : ComponentTestContext
{
    [Fact]
    public void Render_SignedIn_ShowsHeadingAndDisplayName()
    {
        AddAuthorization()
            .SetAuthorized("merchant@example.test")
            .SetClaims(new Claim(CheckoutClaims.DisplayName, "Demo Merchant"));

        var header = Render<RoleHomeHeader>(parameters => parameters
            .Add(p => p.Heading, "Merchant portal")
            .AddChildContent("Webhooks will be managed here."));

        Assert.Equal("Merchant portal", header.Find("h1").TextContent);
        Assert.Contains("Signed in as Demo Merchant", header.Markup);
        Assert.Contains("Webhooks will be managed here.", header.Markup);
    }

    [Fact]
    public void Render_SignedInWithoutDisplayName_FallsBackToUserName()
    {
        AddAuthorization().SetAuthorized("merchant@example.test");

        var header = Render<RoleHomeHeader>(parameters => parameters.Add(p => p.Heading, "Merchant portal"));

        Assert.Contains("Signed in as merchant@example.test", header.Markup);
    }
}
