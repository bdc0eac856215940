using Microsoft.AspNetCore.Components;

using OpenCharge.Checkout.Web.Accounts;

namespace OpenCharge.Checkout.Web.Components.Pages.Account;

public sealed partial class LoginPage
{
    private string? _error;

    [Inject]
    private AccountSignIn SignIn { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [SupplyParameterFromQuery]
    private string? ReturnUrl { get; set; }

    [SupplyParameterFromForm]
    private LoginInput Input { get; set; } = default!;

    // Null on a plain GET: only a posted form supplies a value.
    protected override void OnInitialized() => Input ??= new();

    private async Task SignInAsync()
    {
        var step = await SignIn.PasswordAsync(Input.Email, Input.Password);
        switch (step.Outcome)
        {
            case SignInOutcome.SignedIn:
                Navigation.NavigateTo(SignInRedirect.Target(ReturnUrl, step.Roles));
                return;
            case SignInOutcome.SecondFactorRequired:
                Navigation.NavigateTo(AccountPaths.WithReturnUrl(AccountPaths.SecondFactor, ReturnUrl));
                return;
            case SignInOutcome.EnrolmentRequired:
                Navigation.NavigateTo(AccountPaths.WithReturnUrl(AccountPaths.TwoFactor, ReturnUrl));
                return;
        }

        // One message for an unknown email and a wrong password, so the form does not reveal who has an account.
        _error = step.Outcome switch
        {
            SignInOutcome.LockedOut => L["Too many failed attempts. Try again in a few minutes."],
            SignInOutcome.Suspended => L["This account is suspended. Contact the operator of this gateway."],
            _ => L["Email or password is incorrect."],
        };
    }
}
