using OpenCharge.Checkout.Infrastructure.Protocol.Registry;

namespace OpenCharge.Checkout.Web.Api.Metadata;

/// <summary>
/// The one place that says which protocol capability is served by which endpoint (endpoints.md A–C, names as gaps.md
/// G30 spells them). A capability is advertised only while an endpoint with its method and route is mapped
/// (<see cref="ServedCapabilities"/>); until then its path answers <c>400 CAPABILITY_NOT_SUPPORTED</c>.
/// </summary>
public static class OurCapabilities
{
    public const string CheckoutCreate = "checkout.create";
    public const string TransferWebhook = "transfer.webhook";

    /// <summary>Routes are relative to <c>/opencharge</c>; ids carry the <c>protocolid</c> constraint so <c>create</c> and <c>status</c> never bind as one.</summary>
    public static readonly IReadOnlyList<CapabilityRoute> Routes =
    [
        new(CheckoutCreate, "POST", "checkout/create"),
        new("orders.create.session", "POST", "orders/create/{sessionId:protocolid}"),
        new("transfer.create", "POST", "transfer/create"),
        new(TransferWebhook, "POST", "transfer/webhook"),
        new("payment.create", "POST", "payment/create"),
        new("payment.settle", "POST", "payment/settle"),
        new("verify.txid", "GET", "verify/{txid:protocolid}"),
        new("orders.status", "GET", "orders/{orderId:protocolid}/status"),
    ];

    /// <summary>The only protocol version there is (gaps.md G35).</summary>
    public const string ProtocolVersion = MetadataDocumentWriter.ProtocolVersion;
}
