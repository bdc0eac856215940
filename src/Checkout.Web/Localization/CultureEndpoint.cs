using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Infrastructure.Identity;
using OpenCharge.Checkout.Web.Accounts;

namespace OpenCharge.Checkout.Web.Localization;

/// <summary>
/// <c>GET /culture/{culture}?returnUrl=…</c>: the language picker's link. It stores the choice in the culture cookie for
/// a year (and, for a signed-in user, as their <see cref="LanguagePreference"/>) and goes back to the page, which then
/// renders in that language. Only local return URLs are followed.
/// </summary>
internal static class CultureEndpoint
{
    public const string Path = "/culture";

    public static string For(string culture, string returnUrl) =>
        $"{Path}/{Uri.EscapeDataString(culture)}?returnUrl={Uri.EscapeDataString(returnUrl)}";

    public static IEndpointConventionBuilder MapCultureEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path + "/{culture}", Choose)
            // Shoppers reach the checkout without an account and choose a language there: the choice is theirs to make.
            .AllowAnonymous()
            .ExcludeFromDescription();

    private static async Task<IResult> Choose(
        string culture, string? returnUrl, HttpContext context, IOptions<RequestLocalizationOptions> options, UserManager<ApplicationUser> users, TimeProvider time)
    {
        var served = options.Value.SupportedUICultures?.FirstOrDefault(c => string.Equals(c.Name, culture, StringComparison.OrdinalIgnoreCase));
        if (served is not null)
        {
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(served)),
                // Essential: the page is unusable in a language its reader does not speak, consent banner or not.
                new CookieOptions { Expires = time.GetUtcNow().AddYears(1), IsEssential = true, Path = "/" });
            await LanguagePreference.SaveAsync(users, context.User, served.Name);
        }
        return Results.Redirect(SignInRedirect.IsLocal(returnUrl) ? returnUrl : "/");
    }
}
