using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;

using OpenCharge.Checkout.Infrastructure.BackOffice.Transactions;
using OpenCharge.Checkout.Web.Admin.Transactions;

namespace OpenCharge.Checkout.Web.Components.Pages.Admin.Transactions;

/// <summary>
/// The grid. The address is the state: filters, sort and page are read from the query string on every navigation, and
/// changing them navigates, so reload, back and a shared link all show the same rows.
/// </summary>
public sealed partial class TransactionsPage : IDisposable
{
    private const int PageSize = 50;

    private TransactionFilter _filter = new();
    private TransactionPage? _page;
    private int _pageIndex;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private TransactionQueries Queries { get; set; } = default!;

    private int PageCount => _page is null ? 0 : (_page.Total + PageSize - 1) / PageSize;

    private string ExportLink => TransactionExportEndpoint.Path + TransactionFilterQuery.Format(_filter);

    public void Dispose() => Navigation.LocationChanged -= OnLocationChanged;

    protected override async Task OnInitializedAsync()
    {
        Navigation.LocationChanged += OnLocationChanged;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var query = TransactionFilterQuery.Of(Navigation.Uri);
        _filter = TransactionFilterQuery.Parse(query);
        _pageIndex = TransactionFilterQuery.PageIndex(query);
        _page = await Queries.PageAsync(_filter, _pageIndex, PageSize, CancellationToken.None);
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs args)
    {
        if (new Uri(args.Location).AbsolutePath.TrimEnd('/') != TransactionPaths.Grid)
        {
            return;
        }
        _ = InvokeAsync(async () =>
        {
            try
            {
                await LoadAsync();
                StateHasChanged();
            }
            catch (Exception ex)
            {
                await DispatchExceptionAsync(ex);
            }
        });
    }

    private string KindLink(TransactionKind kind) =>
        TransactionPaths.Grid + TransactionFilterQuery.Format(_filter with { Kind = kind, Status = null });

    private void Apply(TransactionFilter filter) => Navigation.NavigateTo(TransactionPaths.Grid + TransactionFilterQuery.Format(filter));

    private void GoToPage(int page) => Navigation.NavigateTo(TransactionPaths.Grid + TransactionFilterQuery.Format(_filter, page - 1));
}
