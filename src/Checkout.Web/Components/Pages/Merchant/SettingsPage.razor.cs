using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Merchants;
using OpenCharge.Checkout.Web.Localization;

namespace OpenCharge.Checkout.Web.Components.Pages.Merchant;

/// <summary>
/// One claimed OCID's settings. Every read and save runs in its own DI scope and through a use case that checks the
/// claim again, so a merchant can reach only the OCIDs they claimed, whatever the URL says.
/// </summary>
public sealed partial class SettingsPage
{
    private Ocid _ocid;
    private bool _loaded;
    private MerchantSettingsInput? _input;
    private string? _error;
    private bool _saved;
    private bool _busy;
    private PortalUser _user = new("", "");

    [Parameter]
    public string MerchantOcid { get; set; } = "";

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private IServiceScopeFactory Scopes { get; set; } = default!;

    [Inject]
    private MerchantSettingsLimits Limits { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _user = PortalUser.Of((await AuthenticationState).User);
        _input = null;
        if (Ocid.TryParse(MerchantOcid, out _ocid))
        {
            await using var scope = Scopes.CreateAsyncScope();
            var own = await scope.ServiceProvider.GetRequiredService<OwnMerchantSettings>().ReadAsync(_user.Id, _ocid, CancellationToken.None);
            _input = own.IsSuccess ? MerchantSettingsInput.From(own.Value) : null;
        }
        _loaded = true;
    }

    private async Task SaveAsync(MerchantSettingsChange change)
    {
        _busy = true;
        _saved = false;
        try
        {
            await using var scope = Scopes.CreateAsyncScope();
            var saved = await scope.ServiceProvider.GetRequiredService<ChangeMerchantSettings>()
                .ExecuteAsync(_user.Id, _user.Actor, _ocid, change, CancellationToken.None);
            _error = saved.IsSuccess ? null : MessageFor(saved.Error);
            _saved = saved.IsSuccess;
            if (saved.IsSuccess)
            {
                _input = MerchantSettingsInput.From(saved.Value);
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private string MessageFor(DomainError error) => error.Code switch
    {
        MerchantSettingsErrors.NotClaimedCode => L["You have not claimed OCID {0}.", _ocid],
        _ => DomainErrorText.For(error, L),
    };
}
