using System.Globalization;

using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Merchants;
using OpenCharge.Checkout.Web.Localization;

namespace OpenCharge.Checkout.Web.Components.Pages.Merchant;

/// <summary>
/// Claims an OCID by challenge signature. The challenge lives on the server (the page keeps only its id); each read and
/// write runs in its own DI scope, as circuits live long.
/// </summary>
public sealed partial class OnboardingPage
{
    private string _ocidText = "";
    private string _signature = "";
    private OnboardingChallenge? _challenge;
    private Ocid? _claimed;
    private string? _error;
    private bool _busy;
    private IDemoStoreKey? _demoStore;
    private PortalUser _user = new("", "");

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private IServiceScopeFactory Scopes { get; set; } = default!;

    [Inject]
    private IServiceProvider Services { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _user = PortalUser.Of((await AuthenticationState).User);
        // Registered only in sandbox mode (Checkout.Sandbox), so production never offers it.
        _demoStore = Services.GetService<IDemoStoreKey>();
    }

    private async Task IssueAsync()
    {
        if (!Ocid.TryParse(_ocidText.Trim(), out var ocid))
        {
            _error = L["Enter the OCID as a positive whole number."];
            return;
        }
        await RunAsync(() => IssueAsync(ocid));
    }

    private async Task<bool> IssueAsync(Ocid ocid)
    {
        await using var scope = Scopes.CreateAsyncScope();
        var issued = await scope.ServiceProvider.GetRequiredService<IssueOnboardingChallenge>().ExecuteAsync(_user.Id, ocid, CancellationToken.None);
        _challenge = issued.IsSuccess ? issued.Value : null;
        _signature = "";
        _error = issued.IsSuccess ? null : MessageFor(issued.Error, ocid);
        return issued.IsSuccess;
    }

    private Task ClaimAsync() => RunAsync(ClaimCurrentAsync);

    private Task ClaimDemoStoreAsync() => RunAsync(async () =>
    {
        var demo = _demoStore!;
        if (await IssueAsync(demo.Ocid))
        {
            _signature = demo.SignChallenge(_challenge!.Text);
            await ClaimCurrentAsync();
        }
        return true;
    });

    private async Task<bool> ClaimCurrentAsync()
    {
        if (_challenge is not { } challenge)
        {
            return false;
        }
        await using var scope = Scopes.CreateAsyncScope();
        var claimed = await scope.ServiceProvider.GetRequiredService<ClaimMerchant>()
            .ExecuteAsync(_user.Id, _user.Actor, challenge.Id, _signature, CancellationToken.None);
        if (!claimed.IsSuccess)
        {
            _error = MessageFor(claimed.Error, challenge.Ocid);
            return false;
        }
        _claimed = challenge.Ocid;
        _challenge = null;
        _error = null;
        return true;
    }

    private async Task RunAsync(Func<Task<bool>> step)
    {
        if (_busy)
        {
            return;
        }
        _busy = true;
        _claimed = null;
        try
        {
            await step();
        }
        finally
        {
            _busy = false;
        }
    }

    private string MessageFor(DomainError error, Ocid ocid) => error.Code switch
    {
        OnboardingErrors.UnknownOcidCode => L["OCID {0} is not in the registry. Check the number.", ocid],
        OnboardingErrors.RegistryUnavailableCode => L["The registry entry of OCID {0} could not be fetched just now. Try again in a moment.", ocid],
        OnboardingErrors.InvalidSignatureCode =>
            L["The signature does not verify against the public key OCID {0} publishes in the registry. Sign the exact text shown with that OCID's key.", ocid],
        _ => DomainErrorText.For(error, L),
    };

    private static string ExpiresText(OnboardingChallenge challenge) =>
        challenge.ExpiresAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>The same signing the reference SDK does (npm secp256k1): SHA-256 of the text, r‖s‖v with v = 1b/1c.</summary>
    private static string SignSnippet(string text) =>
        "OC_PRIVATE_KEY=<64-hex private key> node -e 'const s=require(\"secp256k1\"),"
        + "h=require(\"crypto\").createHash(\"sha256\").update(process.argv[1]).digest(),"
        + "r=s.ecdsaSign(h,Buffer.from(process.env.OC_PRIVATE_KEY,\"hex\"));"
        + "console.log(Buffer.from(r.signature).toString(\"hex\")+(r.recid?\"1c\":\"1b\"))' '" + text + "'";
}
