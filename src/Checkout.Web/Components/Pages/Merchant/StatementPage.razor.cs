using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

using MudBlazor;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Infrastructure.MerchantActivity;
using OpenCharge.Checkout.Web.Merchant;

namespace OpenCharge.Checkout.Web.Components.Pages.Merchant;

/// <summary>
/// Balances of the merchants we settle directly and one account's statement for a range of UTC dates, paged in the
/// database; the CSV link carries the same account and dates, so the file holds what the screen lists.
/// </summary>
public sealed partial class StatementPage : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private MerchantUser _user = new("", "");
    private IReadOnlyList<MerchantBalance> _balances = [];
    private MudTable<StatementLine>? _table;
    private int _selected;
    private DateTime? _from;
    private DateTime? _to;
    private Money _opening;
    private bool _loaded;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private MerchantStatementQueries Statements { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    private StatementRange? Range => _balances.Count == 0
        ? null
        : StatementRangeQuery.Of(_balances[_selected].Merchant, _balances[_selected].Balance.Currency, _from, _to);

    private string CsvHref => Range is { } range ? StatementRangeQuery.CsvHref(range) : MerchantPaths.StatementCsv;

    protected override async Task OnInitializedAsync()
    {
        _user = MerchantUser.From((await AuthenticationState).User);
        _balances = await Statements.BalancesAsync(_user.Id, _stop.Token);
        var today = Time.GetUtcNow().UtcDateTime.Date;
        (_from, _to) = (today.AddDays(-30), today);
        _loaded = true;
    }

    private async Task<TableData<StatementLine>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        if (Range is not { } range)
        {
            return new TableData<StatementLine> { Items = [], TotalItems = 0 };
        }
        var page = await Statements.PageAsync(_user.Id, range, state.Page, Math.Min(state.PageSize, MerchantPage<StatementLine>.MaxPageSize), cancellationToken);
        _opening = page?.Opening ?? new Money(0, range.Currency);
        return new TableData<StatementLine> { Items = page?.Lines ?? [], TotalItems = page?.TotalCount ?? 0 };
    }

    private Task SelectAsync(int index)
    {
        _selected = index;
        return ReloadAsync();
    }

    private Task FromChangedAsync(DateTime? from)
    {
        _from = from;
        return ReloadAsync();
    }

    private Task ToChangedAsync(DateTime? to)
    {
        _to = to;
        return ReloadAsync();
    }

    private Task ReloadAsync() => _table?.ReloadServerData() ?? Task.CompletedTask;

    public void Dispose() => _stop.Cancel();
}
