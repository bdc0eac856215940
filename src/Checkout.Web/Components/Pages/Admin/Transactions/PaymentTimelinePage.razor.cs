using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;

using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Infrastructure.BackOffice.Transactions;
using OpenCharge.Checkout.Infrastructure.BackOffice.Transactions.Timeline;

namespace OpenCharge.Checkout.Web.Components.Pages.Admin.Transactions;

/// <summary>
/// One session's timeline and its deliveries. Redelivery goes through <see cref="RedeliverFromBackOffice"/>, which
/// audits each delivery under the signed-in admin's email; the timeline is read again afterwards.
/// </summary>
public sealed partial class PaymentTimelinePage
{
    private PaymentTimeline? _timeline;
    private TimeZoneInfo? _zone;
    private string? _notice;
    private bool _noticeIsError;
    private bool _loaded;
    private bool _busy;

    [Parameter]
    public string Id { get; set; } = "";

    [CascadingParameter]
    private Task<AuthenticationState> Authentication { get; set; } = default!;

    [Inject]
    private PaymentTimelineQueries Timelines { get; set; } = default!;

    [Inject]
    private RedeliverFromBackOffice Redelivery { get; set; } = default!;

    [Inject]
    private IJSRuntime Js { get; set; } = default!;

    protected override Task OnParametersSetAsync() => LoadAsync();

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }
        await using var module = await Js.InvokeAsync<IJSObjectReference>("import", "./js/time-zone.js");
        var zone = await module.InvokeAsync<string>("timeZone");
        _zone = TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var found) ? found : TimeZoneInfo.Utc;
        StateHasChanged();
    }

    private async Task LoadAsync()
    {
        _timeline = SessionId.TryParse(Id, out var session) ? await Timelines.LoadAsync(session, CancellationToken.None) : null;
        _loaded = true;
    }

    private Task RedeliverOneAsync(Guid delivery) => RedeliverAsync([delivery]);

    private async Task RedeliverAsync(IReadOnlyCollection<Guid> deliveries)
    {
        _busy = true;
        try
        {
            var actor = (await Authentication).User.Identity?.Name ?? "";
            var result = await Redelivery.ExecuteAsync(deliveries, actor, CancellationToken.None);
            _noticeIsError = !result.IsSuccess;
            _notice = result.IsSuccess ? L["{0} deliveries queued again.", result.Value] : L["None of these deliveries was rejected or abandoned, so nothing was sent again."];
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
