using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Infrastructure.Identity;

namespace OpenCharge.Checkout.Web.Accounts;

/// <summary>
/// The authentication state of an open circuit, checked again every <see cref="AccountSecurityOptions.RevalidationSeconds"/>.
/// A circuit lives as long as its tab, and never sees the cookie again, so without this a user who is locked out or
/// deleted keeps using it. When the check fails the circuit turns anonymous: protected pages send it to sign-in.
/// </summary>
internal sealed class RevalidatingAccountState(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopes,
    IOptions<AccountSecurityOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => options.Value.RevalidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        // The circuit's own scope lives for hours; each check gets a fresh one, so a fresh DbContext reads the user.
        await using var scope = scopes.CreateAsyncScope();
        var signInManager = scope.ServiceProvider.GetRequiredService<SignInManager<ApplicationUser>>();
        return await AccountStanding.VerifyAsync(signInManager, authenticationState.User) is not null;
    }
}
