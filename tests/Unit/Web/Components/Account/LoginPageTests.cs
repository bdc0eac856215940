using Bunit;
using Bunit.TestDoubles;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using OpenCharge.Checkout.Infrastructure.Audit;
using OpenCharge.Checkout.Infrastructure.Identity;
using OpenCharge.Checkout.Infrastructure.Persistence;
using OpenCharge.Checkout.Web.Accounts;
using OpenCharge.Checkout.Web.Components.Pages.Account;

namespace OpenCharge.Checkout.UnitTests.Web.Components.Account;

public sealed class LoginPageTests : ComponentTestContext
{
    public LoginPageTests()
    {
        // The page injects the sign-in steps; rendering never uses them, so the database is never opened.
        Services.AddDbContext<CheckoutDbContext>(options => options.UseNpgsql("Host=never.opened.invalid"));
        Services.AddCheckoutIdentity();
        Services.AddAuditLog();
        Services.AddSingleton(TimeProvider.System);
        Services.AddScoped<AccountSignIn>();
        Services.AddAuthentication();
        AddAuthorization();
    }

    [Fact]
    public void Render_Anonymous_ShowsLabelledEmailAndPasswordFields()
    {
        var page = Render<LoginPage>();

        var email = page.Find($"#{page.Find("label:contains('Email')").GetAttribute("for")}");
        var password = page.Find($"#{page.Find("label:contains('Password')").GetAttribute("for")}");
        Assert.Equal("email", email.GetAttribute("type"));
        Assert.Equal("Input.Email", email.GetAttribute("name"));
        Assert.Equal("password", password.GetAttribute("type"));
        Assert.Equal("Input.Password", password.GetAttribute("name"));
        Assert.Equal("Sign in", page.Find("button[type=submit]").TextContent.Trim());
    }

    [Fact]
    public void Render_Anonymous_HasAnEmptyAlertRegionForErrors()
    {
        var page = Render<LoginPage>();

        var live = page.Find("[role=alert]");
        Assert.Empty(live.TextContent.Trim());
    }

    [Fact]
    public void Render_WithLocalReturnUrl_RegisterLinkKeepsIt()
    {
        Services.GetRequiredService<BunitNavigationManager>().NavigateTo("/account/login?ReturnUrl=%2Fcheckout%2Fabc");

        var page = Render<LoginPage>();

        var register = page.Find("a:contains('Create a shopper account')");
        Assert.Equal("/account/register?ReturnUrl=%2Fcheckout%2Fabc", register.GetAttribute("href"));
    }

    [Fact]
    public void Render_WithForeignReturnUrl_RegisterLinkDropsIt()
    {
        Services.GetRequiredService<BunitNavigationManager>().NavigateTo("/account/login?ReturnUrl=https%3A%2F%2Fevil.example%2F");

        var page = Render<LoginPage>();

        var register = page.Find("a:contains('Create a shopper account')");
        Assert.Equal("/account/register", register.GetAttribute("href"));
    }
}
