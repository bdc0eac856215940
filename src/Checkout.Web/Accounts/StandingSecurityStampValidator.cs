using System.Security.Claims;

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Infrastructure.Identity;

namespace OpenCharge.Checkout.Web.Accounts;

/// <summary>
/// The sign-in cookie's periodic check, extended to lockout: without it a locked-out user whose circuit was closed
/// would get a fresh one by reloading the page.
/// </summary>
internal sealed class StandingSecurityStampValidator(
    IOptions<SecurityStampValidatorOptions> options,
    SignInManager<ApplicationUser> signInManager,
    ILoggerFactory logger)
    : SecurityStampValidator<ApplicationUser>(options, signInManager, logger)
{
    protected override Task<ApplicationUser?> VerifySecurityStamp(ClaimsPrincipal? principal) =>
        AccountStanding.VerifyAsync(SignInManager, principal);
}
