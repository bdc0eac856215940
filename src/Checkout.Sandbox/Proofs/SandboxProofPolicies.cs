using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Sandbox.Orders;

namespace OpenCharge.Checkout.Sandbox.Proofs;

/// <summary>
/// Whom each sandbox peer accepts proofs from (published as its metadata <c>settlement.accepts</c>) and which
/// addressing each webhook takes.
/// </summary>
internal sealed class SandboxProofPolicies(IOptions<SandboxOptions> sandbox, IOptions<OpenchargeOptions> opencharge, DemoRoutes routes)
{
    /// <summary><c>Sandbox:GatewayAccepts</c>, by default our payment gateway: hosted checkout ends with our proof (endpoints.md C1).</summary>
    public IReadOnlyList<long> GatewayAccepts =>
        sandbox.Value.GatewayAccepts is { Count: > 0 } configured ? configured : [opencharge.Value.Ocid];

    /// <summary>
    /// Every issuer a Demo Store order may accept (<see cref="DemoRoutes"/>). The webhook takes a proof only from an
    /// issuer in its own order's <c>accepts</c>; this is the first, order-less check and the store's published list.
    /// </summary>
    public IReadOnlyList<long> StoreAccepts => routes.AllAccepts;

    /// <summary>
    /// gaps.md G19: proofs reach the merchant gateway addressed to the merchant (order id), or in the alternative form
    /// to the gateway itself (order id or checkout session id).
    /// </summary>
    public ProofPolicy Gateway => new(
        Ocids(GatewayAccepts),
        Ocids([sandbox.Value.MerchantOcid, sandbox.Value.GatewayOcid]),
        ReferenceMayBeSession: true);

    /// <summary>A merchant takes only proofs paying itself, referencing one of its orders (settlement.md "Who verifies what").</summary>
    public ProofPolicy Store => new(Ocids(StoreAccepts), Ocids([sandbox.Value.MerchantOcid]), ReferenceMayBeSession: false);

    private static HashSet<Ocid> Ocids(IEnumerable<long> values) => [.. values.Select(v => new Ocid(v))];
}
