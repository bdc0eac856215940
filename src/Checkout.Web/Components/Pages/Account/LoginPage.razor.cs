using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;

using OpenCharge.Checkout.Infrastructure.Identity;
using OpenCharge.Checkout.Web.Accounts;

namespace OpenCharge.Checkout.Web.Components.Pages.Account;

public sealed partial class LoginPage
{
    private string? _error;

    [Inject]
    private SignInManager<ApplicationUser> SignInManager { get; set; } = default!;

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
        var users = SignInManager.UserManager;
        var user = await users.FindByEmailAsync(Input.Email);
        var result = user is null
            ? SignInResult.Failed
            : await SignInManager.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);

        if (user is not null && result.Succeeded)
        {
            Navigation.NavigateTo(SignInRedirect.Target(ReturnUrl, await users.GetRolesAsync(user)));
            return;
        }

        // One message for an unknown email and a wrong password, so the form does not reveal who has an account.
        _error = result.IsLockedOut
            ? L["Too many failed attempts. Try again in a few minutes."]
            : L["Email or password is incorrect."];
    }
}
