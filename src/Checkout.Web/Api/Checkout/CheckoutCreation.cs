using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Settlement;
using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Infrastructure.Protocol.Orders;
using OpenCharge.Checkout.Web.Api.Checkout.Contracts;
using OpenCharge.Checkout.Web.Api.Errors;
using OpenCharge.Checkout.Infrastructure.Protocol.Json;
using OpenCharge.Checkout.Web.Api.Signing;

namespace OpenCharge.Checkout.Web.Api.Checkout;

/// <summary>
/// Turns a signed <c>/checkout/create</c> into a session: schema, merchant identity, order signature, redirect policy,
/// then the <see cref="OpenCheckoutSession"/> use case (expiry, settlement path, idempotency). Each failure is one
/// protocol error, in the order endpoints.md A3 and A4 check them.
/// </summary>
public sealed class CheckoutCreation(
    OrderSignatureVerifier verifier,
    OpenCheckoutSession openSession,
    IPartners partners,
    IOptions<OpenchargeOptions> options,
    SandboxMode sandbox)
{
    public async Task<(CheckoutCreateResponse? Response, ProtocolError? Error)> CreateAsync(AuthenticatedCaller caller, CancellationToken cancellationToken)
    {
        using var document = DecodableJson.Parse(caller.Body);
        if (document is null)
        {
            return (null, ProtocolErrors.InvalidRequest("The body is not valid UTF-8 JSON."));
        }
        var fields = new JsonFields("", []);
        var request = CheckoutCreateRequest.Read(document.RootElement, fields);
        if (request is null)
        {
            return (null, ProtocolErrors.InvalidRequest("The request does not match CheckoutCreateRequest.", fields.Problems));
        }
        if (request.Order.MerchantOcid != request.MerchantOcid)
        {
            // gaps.md G23: the order must be the declared merchant's own.
            return (null, new ProtocolError(400, "INVALID_SIGNATURE", $"order.ocid {request.Order.MerchantOcid} is not merchantOcid {request.MerchantOcid}."));
        }

        var verification = await verifier.VerifyAsync(request.MerchantOcid, request.OrderElement, request.Order.Signature, cancellationToken);
        if (verification.Failure is { } failure)
        {
            return (null, VerificationError(failure, request.MerchantOcid));
        }
        var gateway = await partners.FindAsync(caller.Peer.Ocid, cancellationToken);
        if (await RedirectRefusalAsync(request, caller.Peer.Ocid, gateway, cancellationToken) is { } refusal)
        {
            return (null, refusal);
        }

        var session = await openSession.ExecuteAsync(
            new CheckoutRequest(caller.Peer.Ocid, request.Order, new RedirectUrls(request.Success, request.Cancel) { Order = request.OrderUrls },
                AcceptedIssuers(request, verification.Merchant!), gateway?.ProofAddressing ?? ProofAddressing.MerchantOrder),
            options.Value.Settlement.Currencies,
            TimeSpan.FromMinutes(options.Value.Checkout.SessionTtlMinutes),
            cancellationToken);
        if (!session.IsSuccess)
        {
            return (null, ProtocolErrors.From(session.Error));
        }
        return (ResponseFor(session.Value), null);
    }

    private CheckoutCreateResponse ResponseFor(CheckoutSession session) => new(
        options.Value.PublicBaseUrl.TrimEnd('/') + "/pay/" + session.Id,
        session.Id.ToString(),
        session.ExpiresAt.ToUnixTimeSeconds());

    private static ProtocolError VerificationError(OrderVerificationFailure failure, Ocid merchant) => failure switch
    {
        OrderVerificationFailure.UnknownMerchant => new(400, "UNKNOWN_OCID", $"merchantOcid {merchant} is not in the registry."),
        OrderVerificationFailure.MerchantMetadataUnavailable => new(502, "METADATA_UNAVAILABLE", $"Metadata of merchant {merchant} could not be fetched."),
        _ => new(400, "INVALID_SIGNATURE", $"The order signature does not verify against merchant {merchant}'s published key."),
    };

    /// <summary>Outside sandbox mode a shopper may only be sent to hosts the gateway or the merchant registered with us.</summary>
    private async Task<ProtocolError?> RedirectRefusalAsync(CheckoutCreateRequest request, Ocid gatewayOcid, Partner? gateway, CancellationToken cancellationToken)
    {
        if (sandbox.Enabled)
        {
            return null;
        }
        var merchant = await partners.FindAsync(request.MerchantOcid, cancellationToken);
        var allowed = (gateway?.RedirectHosts ?? []).Concat(merchant?.RedirectHosts ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var refused = new Dictionary<string, object?>();
        foreach (var (name, url) in new[] { ("urls.success", request.Success), ("urls.cancel", request.Cancel) })
        {
            if (!allowed.Contains(url.Host))
            {
                refused[name] = $"host {url.Host} is not on the redirect allow-list of OCID {gatewayOcid} or {request.MerchantOcid}.";
            }
        }
        return refused.Count == 0 ? null : ProtocolErrors.InvalidRequest("A redirect URL points at a host that is not allowed.", refused);
    }

    /// <summary>gaps.md G15: the order's accepts; else the merchant's published accepts; else only we can settle.</summary>
    private IReadOnlyList<Ocid> AcceptedIssuers(CheckoutCreateRequest request, PeerMetadata merchant) =>
        request.Order.Accepts
        ?? (merchant.Settlement.Accepts.Count > 0 ? merchant.Settlement.Accepts : [new Ocid(options.Value.Ocid)]);
}
