using Bunit;
using Bunit.TestDoubles;

using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Infrastructure.Identity;
using OpenCharge.Checkout.Web.Components.Pages;

namespace OpenCharge.Checkout.UnitTests.Web.Components.Pages;

public sealed class HomePageTests : ComponentTestContext
{
    [Fact]
    public void Render_Anonymous_OffersSignIn()
    {
        Services.AddSingleton(new SandboxMode(false));
        AddAuthorization();

        var page = Render<HomePage>();

        var signIn = page.Find("a[href='/account/login']");
        Assert.Equal("Sign in", signIn.TextContent.Trim());
    }

    [Fact]
    public void Render_SignedInShopper_GoesToWallet()
    {
        Services.AddSingleton(new SandboxMode(false));
        AddAuthorization().SetAuthorized("shopper@example.test").SetRoles(Roles.Shopper);
        var navigation = Services.GetRequiredService<BunitNavigationManager>();

        Render<HomePage>();

        Assert.Equal("http://localhost/wallet", navigation.Uri);
    }

    [Fact]
    public void Render_SignedInWithoutRole_StaysAndExplains()
    {
        Services.AddSingleton(new SandboxMode(false));
        AddAuthorization().SetAuthorized("nobody@example.test");
        var navigation = Services.GetRequiredService<NavigationManager>();

        var page = Render<HomePage>();

        Assert.Equal("http://localhost/", navigation.Uri);
        Assert.Contains("Your account has no role yet", page.Markup);
    }

    [Fact]
    public void Render_SandboxMode_LeadsToDemoStoreAsPrimaryAction()
    {
        Services.AddSingleton(new SandboxMode(true));
        AddAuthorization();

        var page = Render<HomePage>();

        var store = page.Find("a[href='/sandbox/store']");
        Assert.Equal("Open the Demo Store", store.TextContent.Trim());
        Assert.Contains("mud-button-filled", store.ClassName);
        Assert.DoesNotContain("mud-button-filled", page.Find("a[href='/account/login']").ClassName);
    }

    [Fact]
    public void Render_SandboxOff_DoesNotMentionDemoStore()
    {
        Services.AddSingleton(new SandboxMode(false));
        AddAuthorization();

        var page = Render<HomePage>();

        Assert.Empty(page.FindAll("a[href^='/sandbox']"));
        Assert.DoesNotContain("Demo Store", page.Markup);
    }
}
