using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;

using OpenCharge.Checkout.Infrastructure.Identity;
using OpenCharge.Checkout.Web.Accounts;

namespace OpenCharge.Checkout.Web.Components.Pages.Account;

/// <summary>
/// Enrol an authenticator app, regenerate recovery codes, or (not for admins) turn the second factor off. Recovery
/// codes appear only in the answer to the form that created them.
/// </summary>
public sealed partial class TwoFactorPage
{
    private ApplicationUser _user = default!;
    private bool _enabled;
    private bool _isAdmin;
    private int _codesLeft;
    private string _key = "";
    private string _uri = "";
    private IReadOnlyList<string>? _recoveryCodes;
    private string _continueHref = "/";
    private string? _error;

    [Inject]
    private UserManager<ApplicationUser> Users { get; set; } = default!;

    [Inject]
    private TwoFactorEnrolment Enrolment { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromQuery]
    private string? ReturnUrl { get; set; }

    [SupplyParameterFromForm(FormName = "enable-two-factor")]
    private SecondFactorInput Input { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        Input ??= new();
        if (await Users.GetUserAsync(HttpContext.User) is not { } user)
        {
            Navigation.NavigateTo(AccountPaths.WithReturnUrl(AccountPaths.Login, AccountPaths.TwoFactor));
            return;
        }
        _user = user;
        _isAdmin = await Users.IsInRoleAsync(user, Roles.Admin);
        await ShowStateAsync();
    }

    private async Task EnableAsync()
    {
        var codes = await Enrolment.EnableAsync(_user, Input.Code);
        if (codes is null)
        {
            _error = L["That code is not right. Check the time on your phone and try the next code."];
            return;
        }
        await ShowCodesAsync(codes);
    }

    private async Task RegenerateAsync() => await ShowCodesAsync(await Enrolment.RegenerateRecoveryCodesAsync(_user));

    private async Task DisableAsync()
    {
        if (!await Enrolment.DisableAsync(_user))
        {
            _error = L["Administrators cannot turn off two-factor sign-in."];
            return;
        }
        await ShowStateAsync();
    }

    private async Task ShowCodesAsync(IReadOnlyList<string> codes)
    {
        _recoveryCodes = codes;
        _continueHref = SignInRedirect.Target(ReturnUrl, await Users.GetRolesAsync(_user));
    }

    private async Task ShowStateAsync()
    {
        _enabled = await Users.GetTwoFactorEnabledAsync(_user);
        if (_enabled)
        {
            _codesLeft = await Enrolment.RecoveryCodesLeftAsync(_user);
        }
        else
        {
            (_key, _uri) = await Enrolment.AuthenticatorAsync(_user);
        }
    }
}
