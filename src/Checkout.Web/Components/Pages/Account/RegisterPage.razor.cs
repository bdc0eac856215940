using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;

using OpenCharge.Checkout.Infrastructure.Identity;
using OpenCharge.Checkout.Web.Accounts;

namespace OpenCharge.Checkout.Web.Components.Pages.Account;

public sealed partial class RegisterPage
{
    private string? _error;

    [Inject]
    private ShopperRegistration Registration { get; set; } = default!;

    [Inject]
    private SignInManager<ApplicationUser> SignInManager { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [SupplyParameterFromQuery]
    private string? ReturnUrl { get; set; }

    [SupplyParameterFromForm]
    private RegisterInput Input { get; set; } = default!;

    // Null on a plain GET: only a posted form supplies a value.
    protected override void OnInitialized() => Input ??= new();

    private async Task RegisterAsync()
    {
        var shopper = new ApplicationUser
        {
            UserName = Input.Email,
            Email = Input.Email,
            DisplayName = Input.DisplayName.Trim(),
        };
        var result = await Registration.RegisterAsync(shopper, Input.Password);
        if (!result.Succeeded)
        {
            // The user name is the email address, so a taken email is also reported as a taken user name: say it once.
            _error = string.Join(" ", result.Errors
                .Where(static e => e.Code != nameof(IdentityErrorDescriber.DuplicateUserName))
                .Select(static e => e.Description));
            return;
        }

        await SignInManager.SignInAsync(shopper, isPersistent: false);
        Navigation.NavigateTo(SignInRedirect.Target(ReturnUrl, [Roles.Shopper]));
    }
}
