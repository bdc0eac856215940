using System.Text.Json;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Infrastructure.Protocol.Json;
using OpenCharge.Checkout.Web.Api.Orders;

namespace OpenCharge.Checkout.Web.Api.Checkout;

/// <summary><c>CheckoutCreateRequest</c> (endpoints.md A3): an <see cref="OrderSessionRequest"/> plus the merchant's OCID.</summary>
internal sealed record CheckoutCreateRequest(OrderSessionRequest Signed, Ocid MerchantOcid)
{
    public static CheckoutCreateRequest? Read(JsonElement root, JsonFields fields)
    {
        var merchantOcid = root.ValueKind == JsonValueKind.Object ? fields.Integer(root, required: true, "merchantOcid", "merchant_ocid") : null;
        if (merchantOcid is <= 0)
        {
            fields.Problem("merchantOcid", "must be a positive OCID.");
        }
        var signed = OrderSessionRequest.Read(root, fields);
        return signed is null || fields.HasProblems ? null : new CheckoutCreateRequest(signed, new Ocid(merchantOcid!.Value));
    }
}
