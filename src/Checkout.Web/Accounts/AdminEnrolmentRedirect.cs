using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

using OpenCharge.Checkout.Infrastructure.Identity;

namespace OpenCharge.Checkout.Web.Accounts;

/// <summary>An admin who has not enrolled a second factor is refused every admin page; instead of "access denied" they are sent to enrol.</summary>
internal static class AdminEnrolmentRedirect
{
    public static Task ToEnrolmentWhenPendingAsync(
        RedirectContext<CookieAuthenticationOptions> context,
        Func<RedirectContext<CookieAuthenticationOptions>, Task> otherwise)
    {
        if (!context.HttpContext.User.HasClaim(CheckoutClaims.AdminEnrolmentPending, "true"))
        {
            return otherwise(context);
        }
        var request = context.Request;
        context.Response.Redirect(AccountPaths.WithReturnUrl(AccountPaths.TwoFactor, request.PathBase + request.Path + request.QueryString));
        return Task.CompletedTask;
    }
}
