using Microsoft.Extensions.Localization;

using MudBlazor;

using OpenCharge.Checkout.Web.Components.Shared.Resources;

namespace OpenCharge.Checkout.Web.Localization;

/// <summary>
/// MudBlazor's built-in texts (pager and date picker buttons, close and clear buttons, "Loading…") from our own
/// resources, so an Arabic page has no English left in it. Only the keys of the components our pages use are here; for
/// any other MudBlazor falls back to its English. The keys are MudBlazor's LanguageResource names (9.x).
/// </summary>
internal sealed class SharedResourceMudLocalizer(IStringLocalizer<SharedResource> localizer) : MudLocalizer
{
    public override LocalizedString this[string key] => this[key, []];

    public override LocalizedString this[string key, params object[] arguments] => key switch
    {
        "MudPagination_FirstPage" or "MudTablePager_FirstPage" => localizer["First page"],
        "MudPagination_PreviousPage" or "MudTablePager_PreviousPage" => localizer["Previous page"],
        "MudPagination_NextPage" or "MudTablePager_NextPage" => localizer["Next page"],
        "MudPagination_LastPage" or "MudTablePager_LastPage" => localizer["Last page"],
        "MudPagination_PageIndex" => localizer["Page {0}", arguments],
        "MudPagination_CurrentPage" => localizer["Current page {0}", arguments],
        "MudTable_Loading" => localizer["Loading…"],
        "MudTable_SelectAllRows" => localizer["Select all rows"],
        "MudTable_SelectRow" => localizer["Select row"],
        "MudBaseDatePicker_Open" => localizer["Open the calendar"],
        "MudBaseDatePicker_PrevMonth" => localizer["Previous month {0}", arguments],
        "MudBaseDatePicker_NextMonth" => localizer["Next month {0}", arguments],
        "MudBaseDatePicker_PrevYear" => localizer["Previous year {0}", arguments],
        "MudBaseDatePicker_NextYear" => localizer["Next year {0}", arguments],
        "MudInput_Clear" => localizer["Clear"],
        "MudInput_Increment" => localizer["Increase"],
        "MudInput_Decrement" => localizer["Decrease"],
        "MudFormComponent_Required" => localizer["Required"],
        "MudAlert_Close" or "MudChip_Close" or "MudDialog_Close" or "MudSnackbar_Close" => localizer["Close"],
        "MudTabs_ScrollLeft" => localizer["Scroll tabs left"],
        "MudTabs_ScrollRight" => localizer["Scroll tabs right"],
        "MudTabs_ScrollUp" => localizer["Scroll tabs up"],
        "MudTabs_ScrollDown" => localizer["Scroll tabs down"],
        _ => new LocalizedString(key, key, resourceNotFound: true),
    };
}
