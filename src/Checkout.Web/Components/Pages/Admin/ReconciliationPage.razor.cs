using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

using OpenCharge.Checkout.Infrastructure.BackOffice.Reconciliation;

namespace OpenCharge.Checkout.Web.Components.Pages.Admin;

/// <summary>The latest reconciliation with its discrepancies, the history, and "run now" (audited as the admin).</summary>
public sealed partial class ReconciliationPage
{
    /// <summary>How many past runs the history shows.</summary>
    public const int HistoryLength = 30;

    private IReadOnlyList<ReconciliationRun>? _runs;
    private bool _busy;

    [CascadingParameter]
    private Task<AuthenticationState> Authentication { get; set; } = default!;

    [Inject]
    private IServiceScopeFactory Scopes { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        await using var scope = Scopes.CreateAsyncScope();
        _runs = await scope.ServiceProvider.GetRequiredService<ReconciliationQueries>().RecentAsync(HistoryLength, CancellationToken.None);
    }

    private async Task RunAsync()
    {
        _busy = true;
        try
        {
            var actor = (await Authentication).User.Identity?.Name ?? "";
            await using var scope = Scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<RunReconciliation>().ExecuteAsync(actor, CancellationToken.None);
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
