using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

using OpenCharge.Checkout.Infrastructure.MerchantActivity;
using OpenCharge.Checkout.Web.Merchant;

namespace OpenCharge.Checkout.Web.Components.Pages.Merchant;

/// <summary>The verify-a-proof tool; the checks are <see cref="ProofInspector"/>'s, run in a scope of their own.</summary>
public sealed partial class VerifyProofPage
{
    private bool _separate;
    private string _envelope = "";
    private string _proof = "";
    private string _signature = "";
    private string? _amount;
    private string? _currency;
    private string? _order;
    private bool _busy;
    private ProofInspection? _inspection;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private IServiceScopeFactory Scopes { get; set; } = default!;

    private async Task VerifyAsync()
    {
        _busy = true;
        try
        {
            var user = MerchantUser.From((await AuthenticationState).User);
            var expected = new ProofExpectations(_amount, _currency, _order);
            await using var scope = Scopes.CreateAsyncScope();
            var inspector = scope.ServiceProvider.GetRequiredService<ProofInspector>();
            _inspection = _separate
                ? await inspector.InspectAsync(user.Id, _proof, _signature, expected, CancellationToken.None)
                : await inspector.InspectAsync(user.Id, _envelope, expected, CancellationToken.None);
        }
        finally
        {
            _busy = false;
        }
    }
}
