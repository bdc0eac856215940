using System.Globalization;
using System.Text.RegularExpressions;

using Microsoft.Playwright;

using OpenCharge.Checkout.Domain.Common;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Pages;

/// <summary>/admin, the back office dashboard, read as an operator reads its payment tiles.</summary>
public sealed partial class AdminDashboardPage(IPage page)
{
    public const string Path = "/admin";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Back office", Level = 1 });

    public ILocator Tiles => page.GetByTestId("dashboard-tiles");

    public ILocator PaymentsCount(Currency currency) => PaymentsTile(currency).GetByTestId("tile-payments-count");

    public ILocator PaymentsVolume(Currency currency) => PaymentsTile(currency).GetByTestId("tile-payments-volume");

    /// <summary>How many payments and how much the tiles say were paid in <paramref name="currency"/>: none before its first payment.</summary>
    public async Task<(int Count, Money Volume)> PaidAsync(Currency currency)
    {
        await Expect(Tiles).ToBeVisibleAsync();
        if (await PaymentsTile(currency).CountAsync() == 0)
        {
            return (0, new Money(0, currency));
        }
        var count = int.Parse(LeadingNumber().Match(await PaymentsCount(currency).InnerTextAsync()).Value, CultureInfo.InvariantCulture);
        var volume = (await PaymentsVolume(currency).InnerTextAsync()).Split(' ')[0];
        Assert.True(Money.TryParse(volume, currency, out var money), $"The volume tile shows {volume}.");
        return (count, money);
    }

    private ILocator PaymentsTile(Currency currency) => page.Locator($"[data-testid=tile-payments][data-currency='{currency.Code}']");

    [GeneratedRegex(@"^\d+")]
    private static partial Regex LeadingNumber();
}
