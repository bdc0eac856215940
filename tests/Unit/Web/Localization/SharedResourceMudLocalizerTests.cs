using Bunit;

using Microsoft.Extensions.DependencyInjection;

using MudBlazor;

using OpenCharge.Checkout.UnitTests.Web.Components;
using OpenCharge.Checkout.Web.Components.Shared;
using OpenCharge.Checkout.Web.Localization;

namespace OpenCharge.Checkout.UnitTests.Web.Localization;

/// <summary>MudBlazor's own texts on our pages follow the culture, as the back office's grids and pagers show them.</summary>
public sealed class SharedResourceMudLocalizerTests : ComponentTestContext
{
    public SharedResourceMudLocalizerTests() => Services.AddTransient<MudLocalizer, SharedResourceMudLocalizer>();

    [Fact]
    public void Pagination_InArabic_LabelsItsButtonsInArabic()
    {
        using var arabic = new CultureScope("ar");

        var pagination = Render<MudPagination>(p => p.Add(c => c.Count, 3).Add(c => c.ShowFirstButton, true).Add(c => c.ShowLastButton, true));

        var labels = pagination.FindAll("button").Select(b => b.GetAttribute("aria-label")).ToList();
        Assert.Contains("الصفحة الأولى", labels);
        Assert.Contains("الصفحة التالية", labels);
        Assert.Contains("الصفحة 2", labels);
    }

    [Fact]
    public void TablePager_InArabic_ShowsRowsPerPageAndRangeInArabic()
    {
        using var arabic = new CultureScope("ar");

        var table = Render<MudTable<int>>(p => p
            .Add(c => c.Items, Enumerable.Range(1, 30))
            .Add(c => c.RowsPerPage, 10)
            .Add(c => c.RowTemplate, row => $"<td>{row}</td>")
            .Add<TablePager>(c => c.PagerContent));

        Assert.Contains("عدد الصفوف في الصفحة:", table.Markup, StringComparison.Ordinal);
        Assert.Contains("1-10 من 30", table.Markup, StringComparison.Ordinal);
        Assert.Contains(table.FindAll("button"), b => b.GetAttribute("aria-label") == "الصفحة التالية");
    }

    [Fact]
    public void TablePager_InEnglish_KeepsMudBlazorsWording()
    {
        using var english = new CultureScope("en");

        var table = Render<MudTable<int>>(p => p
            .Add(c => c.Items, Enumerable.Range(1, 30))
            .Add(c => c.RowsPerPage, 10)
            .Add(c => c.RowTemplate, row => $"<td>{row}</td>")
            .Add<TablePager>(c => c.PagerContent));

        Assert.Contains("Rows per page:", table.Markup, StringComparison.Ordinal);
        Assert.Contains("1-10 of 30", table.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Indexer_KeyOfAComponentOurPagesDoNotUse_IsNotFoundSoMudBlazorFallsBack()
    {
        var localizer = Services.GetRequiredService<MudLocalizer>();

        var text = localizer["MudColorPicker_HueSlider"];

        Assert.True(text.ResourceNotFound);
    }
}
