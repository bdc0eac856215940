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
        var text = new StringBuilder(256);
        Append(text, order.Amount);
        Append(text, order.Total.Currency.Code);
        Append(text, order.Signature);
        Append(text, urls.Success.AbsoluteUri);
        Append(text, urls.Cancel.AbsoluteUri);
        for (var i = 0; i < urls.Order.Count; i++)
        {
            Append(text, urls.Order[i].AbsoluteUri);
        }
        for (var i = 0; i < order.Items.Count; i++)
        {
            var item = order.Items[i];
            Append(text, item.Id);
            Append(text, item.Name);
            Append(text, item.Quantity.ToString(CultureInfo.InvariantCulture));
            Append(text, item.Price);
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    // Length-prefixed, so no two different lists of parts hash the same bytes.
    private static void Append(StringBuilder text, string part) =>
        text.Append(CultureInfo.InvariantCulture, $"{part.Length}:").Append(part);
}
