using System.Globalization;
using System.Security.Cryptography;
using System.Text;

using OpenCharge.Checkout.Domain.Orders;

namespace OpenCharge.Checkout.Domain.Sessions;

/// <summary>
/// SHA-256 over what a shopper would pay and where they would go: amount, currency, items, the merchant's signature
/// and the redirect URLs. A repeat of an order id with the same fingerprint is the same checkout; anything else is
/// the order id reused for different content.
/// </summary>
public static class OrderFingerprint
{
    public const int Length = 64;

    public static string Of(SignedOrder order, RedirectUrls urls)
    {
        var parts = new List<string> { order.Amount, order.Total.Currency.Code, order.Signature, urls.Success.AbsoluteUri, urls.Cancel.AbsoluteUri };
        parts.AddRange(urls.Order.Select(u => u.AbsoluteUri));
        foreach (var item in order.Items)
        {
            parts.AddRange([item.Id, item.Name, item.Quantity.ToString(CultureInfo.InvariantCulture), item.Price]);
        }
        // Length-prefixed, so no two different lists of parts hash the same bytes.
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            text.Append(part.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(part);
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
