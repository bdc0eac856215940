using System.Text.Json;

using OpenCharge.Checkout.Domain.Orders;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Infrastructure.Protocol.Json;
using OpenCharge.Checkout.Infrastructure.Protocol.Orders;

namespace OpenCharge.Checkout.Web.Api.Orders;

/// <summary>
/// <c>OrderSessionRequest</c> (endpoints.md A4; <c>order</c>, <c>signature</c>, <c>urls</c> required), which
/// <c>CheckoutCreateRequest</c> extends with <c>merchantOcid</c>. Read from the exact signed bytes: the order keeps its
/// raw JSON, so its signature is checked over what the merchant signed.
/// </summary>
internal sealed record OrderSessionRequest(SignedOrder Order, RedirectUrls Urls)
{
    private const int MaxSignatureLength = 512;

    /// <summary>Reports every schema problem to <paramref name="fields"/>; null when there is any.</summary>
    public static OrderSessionRequest? Read(JsonElement root, JsonFields fields)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            fields.Problem("body", "must be a JSON object.");
            return null;
        }
        var signature = fields.RequiredString(root, MaxSignatureLength, "signature");
        var urls = RedirectUrlReader.Read(fields.Find(root, "urls"), fields.For("urls."));
        var orderElement = fields.Find(root, "order");
        if (orderElement is null)
        {
            fields.Problem("order", "is required.");
            return null;
        }
        var order = OrderReader.Read(orderElement.Value, signature ?? "", fields.For("order."));
        if (fields.HasProblems || order is null || urls is not { } read)
        {
            return null;
        }
        return new OrderSessionRequest(order, new RedirectUrls(read.Success, read.Cancel) { Order = read.Order });
    }
}
