using System.Diagnostics.CodeAnalysis;

using Microsoft.AspNetCore.Http.HttpResults;

namespace OpenCharge.Checkout.Web.Accounts;

/// <summary>Where to go after signing in or registering. The return URL comes from the query string, so anyone can forge it.</summary>
internal static class SignInRedirect
{
    // Only rooted paths: IsLocalUrl already rejects "//host" and "/\host" (open redirects), and "~/" is an MVC
    // convention that NavigationManager would not resolve.
    public static bool IsLocal([NotNullWhen(true)] string? url) =>
        RedirectHttpResult.IsLocalUrl(url) && url.StartsWith('/');

    public static string Target(string? returnUrl, IEnumerable<string> roles) =>
        IsLocal(returnUrl) ? returnUrl : RoleHome.PathFor(roles);
}
