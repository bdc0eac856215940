using System.Security.Claims;

using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Infrastructure.Wallet;

namespace OpenCharge.Checkout.Web.Components.Pages.Wallet;

/// <summary>Every movement of the shopper's money, newest first, a page at a time (paged in the database).</summary>
public sealed partial class WalletHistoryPage : IDisposable
{
    public const int PageSize = 20;

    private readonly CancellationTokenSource _stop = new();
    private string _shopperId = "";
    private int _pageIndex;
    private bool _loaded;
    private WalletHistory _history = WalletHistory.Empty;
    private IReadOnlyDictionary<Ocid, string> _names = new Dictionary<Ocid, string>();

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private WalletHistoryQueries History { get; set; } = default!;

    [Inject]
    private IPeerDirectory Peers { get; set; } = default!;

    private int PageCount => (_history.TotalCount + PageSize - 1) / PageSize;

    protected override async Task OnInitializedAsync()
    {
        _shopperId = (await AuthenticationState).User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        await LoadAsync();
        _loaded = true;
    }

    /// <param name="page">One-based, as the pager counts.</param>
    private async Task ShowPageAsync(int page)
    {
        _pageIndex = Math.Max(0, page - 1);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var history = await History.PageAsync(_shopperId, _pageIndex, PageSize, _stop.Token);
        var names = await CounterpartyNames.LookUpAsync(
            Peers, history.Movements.Select(m => m.Counterparty).OfType<Ocid>(), ocid => L["OCID {0}", ocid], _stop.Token);
        (_history, _names) = (history, names);
    }

    public void Dispose() => _stop.Cancel();
}
