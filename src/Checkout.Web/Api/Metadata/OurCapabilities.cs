using OpenCharge.Checkout.Infrastructure.Protocol.Registry;

namespace OpenCharge.Checkout.Web.Api.Metadata;

/// <summary>The payment-gateway capability strings, exactly as gaps.md G30 lists them.</summary>
public static class OurCapabilities
{
    public const string CheckoutCreate = "checkout.create";
    public const string OrdersCreateSession = "orders.create.session";
    public const string TransferCreate = "transfer.create";
    public const string TransferWebhook = "transfer.webhook";

    public static readonly IReadOnlyList<string> All = [CheckoutCreate, OrdersCreateSession, TransferCreate, TransferWebhook];

    /// <summary>The only protocol version there is (gaps.md G35).</summary>
    public const string ProtocolVersion = MetadataDocumentWriter.ProtocolVersion;
}
