using System.Text.Json;

using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Infrastructure.Protocol.Json;

namespace OpenCharge.Checkout.Infrastructure.Protocol.Orders;

/// <summary>
/// gaps.md G11: hosted checkout names them <c>success</c>/<c>cancel</c>, but a gateway forwarding the merchant's
/// <c>urls</c> sends <c>completed</c>/<c>cancelled</c>; both are accepted. Each must be an absolute http(s) URL.
/// </summary>
internal static class RedirectUrlReader
{
    public static (Uri Success, Uri Cancel, IReadOnlyList<Uri> Order)? Read(JsonElement? urls, JsonFields fields)
    {
        if (urls is not { ValueKind: JsonValueKind.Object } obj)
        {
            fields.Problem("", "must be an object with success and cancel URLs.");
            return null;
        }
        var success = Absolute(fields, "success", fields.RequiredString(obj, RedirectUrls.MaxUrlLength, "success", "completed"));
        var cancel = Absolute(fields, "cancel", fields.RequiredString(obj, RedirectUrls.MaxUrlLength, "cancel", "cancelled"));
        var order = new List<Uri>();
        if (fields.Find(obj, "order") is { ValueKind: JsonValueKind.Array } orderUrls)
        {
            foreach (var item in orderUrls.EnumerateArray())
            {
                if (Absolute(fields, "order", JsonFields.Text(item)) is { } uri)
                {
                    order.Add(uri);
                }
            }
        }
        return success is null || cancel is null ? null : (success, cancel, order);
    }

    private static Uri? Absolute(JsonFields fields, string name, string? value)
    {
        if (value is null)
        {
            return null;
        }
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            fields.Problem(name, "must be an absolute http(s) URL.");
            return null;
        }
        return uri;
    }
}
