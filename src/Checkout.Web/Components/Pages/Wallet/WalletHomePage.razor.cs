using System.Security.Claims;

using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Infrastructure.Wallet;
using OpenCharge.Checkout.Web.Checkout;
using OpenCharge.Checkout.Web.Localization;

namespace OpenCharge.Checkout.Web.Components.Pages.Wallet;

/// <summary>
/// The shopper's wallet at a glance: balances, the ways to pay, sandbox top-up and the latest movements.
/// Incoming payment requests belong between the header and the balances once a page produces them.
/// </summary>
public sealed partial class WalletHomePage : IDisposable
{
    /// <summary>How many of the latest movements the home page lists; the history has the rest.</summary>
    public const int RecentCount = 5;

    private readonly CancellationTokenSource _stop = new();
    private string _shopperId = "";
    private IReadOnlyList<Money> _balances = [];
    private WalletHistory _recent = WalletHistory.Empty;
    private IReadOnlyDictionary<Ocid, string> _names = new Dictionary<Ocid, string>();
    private bool _loaded;
    private bool _busy;
    private string? _error;
    private string? _announcement;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private WalletHistoryQueries History { get; set; } = default!;

    [Inject]
    private ShopperCheckout Checkout { get; set; } = default!;

    [Inject]
    private IPeerDirectory Peers { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _shopperId = (await AuthenticationState).User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        await LoadAsync();
    }

    /// <summary>Reads everything first and shows it at once: a render in between must not pair new balances with old activity.</summary>
    private async Task LoadAsync()
    {
        var balances = await History.BalancesAsync(_shopperId, _stop.Token);
        var recent = await History.PageAsync(_shopperId, 0, RecentCount, _stop.Token);
        var names = await CounterpartyNames.LookUpAsync(
            Peers, recent.Movements.Select(m => m.Counterparty).OfType<Ocid>(), ocid => L["OCID {0}", ocid], _stop.Token);
        (_balances, _recent, _names, _loaded) = (balances, recent, names, true);
    }

    private async Task TopUpAsync(Money amount)
    {
        if (_busy)
        {
            return;
        }
        _busy = true;
        _error = null;
        try
        {
            var topped = await Checkout.TopUpAsync(_shopperId, amount, _stop.Token);
            if (topped.IsSuccess)
            {
                _announcement = L["Test funds added. Your balance is {0} {1}.", topped.Value.ToWireString(), topped.Value.Currency.Code];
                await LoadAsync();
            }
            else
            {
                _error = DomainErrorText.For(topped.Error, L);
            }
        }
        finally
        {
            _busy = false;
        }
    }

    public void Dispose() => _stop.Cancel();
}
