namespace OpenCharge.Checkout.UnitTests.Web.Security;

/// <summary>Who may use a route, as the authorization matrix expects it.</summary>
internal enum RouteAccess
{
    /// <summary>Everyone, signed in or not.</summary>
    Public,

    /// <summary>Any signed-in account, whatever its role.</summary>
    SignedIn,

    AdminOnly,
    MerchantOnly,
    ShopperOnly,

    /// <summary>The sign-in's second step: without a right password just before, everyone is sent back to sign in.</summary>
    SignInStep,

    /// <summary>A protocol endpoint: only a signed request gets in, so a browser's sign-in cookie unlocks nothing.</summary>
    SignedRequest,

    /// <summary>Framework plumbing (the Blazor hub and scripts, static files): not ours to gate, not probed.</summary>
    Framework,
}
