using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Sandbox.Seeding;
using OpenCharge.Checkout.Web.Accounts;

namespace OpenCharge.Checkout.Web.Components.Pages.Account;

/// <summary>The sign-in's second step, reached only from a right password (the step's own short-lived cookie says whose).</summary>
public sealed partial class SecondFactorPage
{
    private string? _error;
    private string? _demoKey;
    private string? _demoUri;

    [Inject]
    private AccountSignIn SignIn { get; set; } = default!;

    [Inject]
    private IOptions<DemoSeedOptions> DemoSeed { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [SupplyParameterFromQuery]
    private string? ReturnUrl { get; set; }

    [SupplyParameterFromForm]
    private SecondFactorInput Input { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        Input ??= new();
        var user = await SignIn.PendingUserAsync();
        if (user is null)
        {
            Navigation.NavigateTo(AccountPaths.WithReturnUrl(AccountPaths.Login, ReturnUrl));
            return;
        }
        // Sandbox only (DemoSeed is bound in sandbox mode alone): the demo admin's key is published like its password.
        var seed = DemoSeed.Value;
        if (seed.AdminAuthenticatorKey is { Length: > 0 } key && string.Equals(user.Email, seed.AdminEmail, StringComparison.OrdinalIgnoreCase))
        {
            _demoKey = key;
            _demoUri = AuthenticatorUri.For(key, user.Email);
        }
    }

    private async Task VerifyAsync()
    {
        var step = await SignIn.SecondFactorAsync(Input.Code);
        if (step.Outcome == SignInOutcome.SignedIn)
        {
            Navigation.NavigateTo(SignInRedirect.Target(ReturnUrl, step.Roles));
            return;
        }

        _error = step.Outcome switch
        {
            SignInOutcome.LockedOut => L["Too many failed attempts. Try again in a few minutes."],
            SignInOutcome.Suspended => L["This account is suspended. Contact the operator of this gateway."],
            _ => L["That code is not right. Check the time on your phone, or use a recovery code."],
        };
    }
}
