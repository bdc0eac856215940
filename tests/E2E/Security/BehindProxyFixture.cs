using OpenCharge.Checkout.E2E.Fixtures;

namespace OpenCharge.Checkout.E2E.Security;

/// <summary>
/// The app outside Development (Staging: production defaults, no sandbox), trusting a TLS-terminating proxy on
/// loopback, which is where the tests' own requests come from.
/// </summary>
public sealed class BehindProxyFixture() : AppFixture(new Dictionary<string, string>
{
    ["ASPNETCORE_ENVIRONMENT"] = "Staging",
    ["Hosting:ForwardedHeaders:KnownProxies"] = "127.0.0.1",
});
