using Bunit;

using OpenCharge.Checkout.UnitTests.Postgres.Wallet;
using OpenCharge.Checkout.Web.Components.Pages.Wallet;

namespace OpenCharge.Checkout.UnitTests.Web.Wallet;

public sealed class WalletHistoryPageTests(WalletBooks books) : WalletPageTest(books)
{
    [Fact]
    public void Render_NoMovements_SaysThereIsNoActivityAndOffersNoPages()
    {
        SignInAs("quiet");

        var page = Render<WalletHistoryPage>();

        WaitFor(page, () => Assert.NotNull(page.Find("[data-testid=activity-empty]")));
        Assert.Empty(page.FindAll("nav[aria-label='History pages']"));
    }

    [Fact]
    public async Task ChoosePage_MoreMovementsThanAPage_ShowsTheOlderOnesOnTheNextPage()
    {
        var movements = WalletHistoryPage.PageSize + 3;
        for (var i = 1; i <= movements; i++)
        {
            await Books.TopUpAsync("paged", i * 1_00);
        }
        SignInAs("paged");
        var page = Render<WalletHistoryPage>();
        WaitFor(page, () => Assert.Equal(WalletHistoryPage.PageSize, page.FindAll("[data-testid=activity-item]").Count));
        Assert.Contains($"+{movements}.00 USD", page.FindAll("[data-testid=activity-item]")[0].TextContent, StringComparison.Ordinal);

        page.Find("nav[aria-label='History pages'] button[aria-label='Page 2']").Click();

        WaitFor(page, () => Assert.Equal(3, page.FindAll("[data-testid=activity-item]").Count));
        Assert.Equal(
            ["+3.00 USD", "+2.00 USD", "+1.00 USD"],
            page.FindAll("[data-testid=activity-item]").Select(item => item.Children[^1].TextContent.Trim()));
    }
}
