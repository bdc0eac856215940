using Bunit;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Web.Checkout;
using OpenCharge.Checkout.Web.Components.Pages.Checkout;

using static OpenCharge.Checkout.UnitTests.Builders.CheckoutSessionViewBuilder;

namespace OpenCharge.Checkout.UnitTests.Web.Components.Pages.Checkout;

public sealed class PaidReceiptTests : ComponentTestContext
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));

    public PaidReceiptTests() => Services.AddSingleton<TimeProvider>(_time);

    [Fact]
    public void Render_PaidSession_ShowsTxidAmountMerchantOrderAndTime()
    {
        var session = ASession().PaidWith("octx_0123456789abcdef", new DateTimeOffset(2026, 11, 24, 11, 59, 30, TimeSpan.Zero)).Build();

        var receipt = Render<PaidReceipt>(p => p.Add(c => c.Session, session).Add(c => c.Merchant, new MerchantBranding("Bean Shop", null)));

        Assert.Equal("octx_0123456789abcdef", receipt.Find("[data-testid=receipt-txid]").TextContent.Trim());
        Assert.Contains("12.50 USD", receipt.Markup);
        Assert.Contains("Bean Shop", receipt.Markup);
        Assert.Contains("ord_123", receipt.Markup);
        Assert.Contains("2026-11-24 11:59:30 UTC", receipt.Markup);
        Assert.Equal("https://shop.example/success", receipt.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void Render_WayBackToTheMerchant_IsAFullPageLoadOutsideBlazorsNavigation()
    {
        var session = ASession().PaidWith("octx_1", _time.GetUtcNow()).Build();

        var receipt = Render<PaidReceipt>(p => p.Add(c => c.Session, session).Add(c => c.Merchant, new MerchantBranding("Bean Shop", null)));

        var wayBack = receipt.Find("a");
        Assert.Equal("_top", wayBack.GetAttribute("target"));
        Assert.Equal("false", wayBack.GetAttribute("data-enhance-nav"));
    }

    [Fact]
    public void Render_SettledThroughAnotherService_SaysItSendsTheMerchantTheProof()
    {
        var session = ASession().PaidWith("octx_1", _time.GetUtcNow()).Build();

        var receipt = Render<PaidReceipt>(p => p
            .Add(c => c.Session, session)
            .Add(c => c.Merchant, new MerchantBranding("Bean Shop", null))
            .Add(c => c.Settler, "Mobile Money"));

        Assert.Equal("Mobile Money, which sends Bean Shop the proof of payment", receipt.Find("[data-testid=receipt-settler]").TextContent.Trim());
    }

    [Fact]
    public void Render_SettledByUs_NamesNoOtherService()
    {
        var session = ASession().PaidWith("octx_1", _time.GetUtcNow()).Build();

        var receipt = Render<PaidReceipt>(p => p.Add(c => c.Session, session).Add(c => c.Merchant, new MerchantBranding("Bean Shop", null)));

        Assert.Empty(receipt.FindAll("[data-testid=receipt-settler]"));
    }

    [Fact]
    public void Render_RedirectPauseOver_RaisesRedirectOnce()
    {
        var session = ASession().PaidWith("octx_1", _time.GetUtcNow()).Build();
        var redirects = 0;
        var receipt = Render<PaidReceipt>(p => p
            .Add(c => c.Session, session)
            .Add(c => c.Merchant, new MerchantBranding("Bean Shop", null))
            .Add(c => c.RedirectSeconds, 5)
            .Add(c => c.OnRedirect, () => redirects++));

        for (var left = 4; left >= 0; left--)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            receipt.WaitForAssertion(() => Assert.Contains($"in {left} s.", receipt.Markup, StringComparison.Ordinal));
        }

        receipt.WaitForAssertion(() => Assert.Equal(1, redirects));
    }

    [Fact]
    public void Stay_BeforePauseIsOver_NeverRedirects()
    {
        var session = ASession().PaidWith("octx_1", _time.GetUtcNow()).Build();
        var redirects = 0;
        var receipt = Render<PaidReceipt>(p => p
            .Add(c => c.Session, session)
            .Add(c => c.Merchant, new MerchantBranding("Bean Shop", null))
            .Add(c => c.RedirectSeconds, 5)
            .Add(c => c.OnRedirect, () => redirects++));

        receipt.FindAll("button").Single(b => b.TextContent.Contains("Stay on this page", StringComparison.Ordinal)).Click();
        _time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(0, redirects);
        Assert.DoesNotContain("Returning you to", receipt.Markup);
    }
}
