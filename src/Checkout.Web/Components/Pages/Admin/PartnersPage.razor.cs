using Microsoft.AspNetCore.Components;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Web.Localization;

namespace OpenCharge.Checkout.Web.Components.Pages.Admin;

/// <summary>
/// Lists and edits partners. A circuit lives long, so every read and save runs in its own DI scope (its own
/// DbContext), and saving goes through the <see cref="SavePartner"/> use case.
/// </summary>
public sealed partial class PartnersPage
{
    private IReadOnlyList<Partner>? _partners;
    private PartnerInput? _editing;
    private string? _error;
    private string? _saved;
    private bool _busy;

    [Inject]
    private IServiceScopeFactory Scopes { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        await using var scope = Scopes.CreateAsyncScope();
        _partners = await scope.ServiceProvider.GetRequiredService<IPartners>().ListAsync(CancellationToken.None);
    }

    private void Add() => Open(new PartnerInput());

    private void Edit(Partner partner) => Open(PartnerInput.From(partner));

    private void Open(PartnerInput input)
    {
        _editing = input;
        _error = null;
        _saved = null;
    }

    private void Close() => _editing = null;

    private async Task SaveAsync(PartnerSettings settings)
    {
        _busy = true;
        try
        {
            await using var scope = Scopes.CreateAsyncScope();
            var saved = await scope.ServiceProvider.GetRequiredService<SavePartner>()
                .ExecuteAsync(settings, overwriteMirroredBalances: true, CancellationToken.None);
            if (!saved.IsSuccess)
            {
                _error = DomainErrorText.For(saved.Error, L);
                return;
            }
            _saved = settings.Ocid.ToString();
            _editing = null;
            await LoadAsync();
        }
        catch (ConcurrencyConflictException)
        {
            // Two admins added the same OCID, or edited it at once: the other save stands.
            _error = L["Someone else saved this partner meanwhile. Reload the page to see their change."];
        }
        finally
        {
            _busy = false;
        }
    }
}
