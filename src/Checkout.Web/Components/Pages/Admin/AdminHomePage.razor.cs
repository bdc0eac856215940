using Microsoft.AspNetCore.Components;

using OpenCharge.Checkout.Infrastructure.BackOffice.Dashboard;

namespace OpenCharge.Checkout.Web.Components.Pages.Admin;

/// <summary>The dashboard: running totals and the last <see cref="DashboardDays.Length"/> days, from <see cref="OperationsFigures"/>.</summary>
public sealed partial class AdminHomePage
{
    private OperationsTotals? _totals;
    private DashboardDays? _days;

    [Inject]
    private IServiceScopeFactory Scopes { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        await using var scope = Scopes.CreateAsyncScope();
        var figures = scope.ServiceProvider.GetRequiredService<OperationsFigures>();
        var from = DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime).AddDays(1 - DashboardDays.Length);
        _totals = await figures.TotalsAsync(CancellationToken.None);
        _days = new DashboardDays(
            from,
            await figures.DailyPaymentsAsync(from, CancellationToken.None),
            await figures.DailyOutcomesAsync(from, CancellationToken.None),
            await figures.DailyDeliveriesAsync(from, CancellationToken.None));
    }
}
