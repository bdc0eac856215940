using OpenCharge.Checkout.Web.Api;

namespace OpenCharge.Checkout.Web.Accounts;

internal static class AccountAuthentication
{
    /// <summary>
    /// WebApplication's own record that the app placed the authentication middleware. A <c>UseWhen</c> branch writes it
    /// to the branch's copy of the properties only, and without it the host adds a second authentication middleware in
    /// front of the whole pipeline.
    /// </summary>
    private const string MiddlewareSetKey = "__AuthenticationMiddlewareSet";

    /// <summary>
    /// The sign-in cookie is read for our pages and their endpoints only. A protocol request authenticates by its
    /// signature (<see cref="ProtocolApi.UseProtocolAuthentication"/>): reading a cookie scheme for it built a handler
    /// per request for nothing, 1.2–1.7 % of a signed checkout/create's CPU under load (issue 11).
    /// </summary>
    public static void UseAccountAuthentication(this WebApplication app)
    {
        app.UseWhen(context => !ProtocolApi.IsProtocolRequest(context), ui => ui.UseAuthentication());
        ((IApplicationBuilder)app).Properties[MiddlewareSetKey] = true;
    }
}
