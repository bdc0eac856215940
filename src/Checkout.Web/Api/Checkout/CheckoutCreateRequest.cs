using System.Text.Json;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Orders;
using OpenCharge.Checkout.Infrastructure.Protocol.Json;
using OpenCharge.Checkout.Infrastructure.Protocol.Orders;

namespace OpenCharge.Checkout.Web.Api.Checkout;

/// <summary>
/// <c>CheckoutCreateRequest</c> (endpoints.md A3) read from the exact signed bytes: the order stays a JSON element
/// so its signature can be checked over what the merchant signed, not over our re-serialisation.
/// </summary>
internal sealed record CheckoutCreateRequest(JsonElement OrderElement, SignedOrder Order, Ocid MerchantOcid, Uri Success, Uri Cancel, IReadOnlyList<Uri> OrderUrls)
{
    private const int MaxSignatureLength = 512;

    public static CheckoutCreateRequest? Read(JsonElement root, JsonFields fields)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            fields.Problem("body", "must be a JSON object.");
            return null;
        }
        var signature = fields.RequiredString(root, MaxSignatureLength, "signature");
        var merchantOcid = fields.Integer(root, required: true, "merchantOcid", "merchant_ocid");
        if (merchantOcid is <= 0)
        {
            fields.Problem("merchantOcid", "must be a positive OCID.");
        }
        var urls = RedirectUrlReader.Read(fields.Find(root, "urls"), fields.For("urls."));
        var orderElement = fields.Find(root, "order");
        if (orderElement is null)
        {
            fields.Problem("order", "is required.");
            return null;
        }
        var order = OrderReader.Read(orderElement.Value, signature ?? "", fields.For("order."));
        if (fields.HasProblems || order is null || urls is null)
        {
            return null;
        }
        return new CheckoutCreateRequest(orderElement.Value, order, new Ocid(merchantOcid!.Value), urls.Value.Success, urls.Value.Cancel, urls.Value.Order);
    }
}
