using System.Buffers;
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
        using var text = new LengthPrefixedText();
        text.Append(order.Amount);
        text.Append(order.Total.Currency.Code);
        text.Append(order.Signature);
        text.Append(urls.Success.AbsoluteUri);
        text.Append(urls.Cancel.AbsoluteUri);
        foreach (var url in urls.Order)
        {
            text.Append(url.AbsoluteUri);
        }
        foreach (var item in order.Items)
        {
            text.Append(item.Id);
            text.Append(item.Name);
            text.Append(item.Quantity.ToString(CultureInfo.InvariantCulture));
            text.Append(item.Price);
        }
        return text.Sha256Hex();
    }

    /// <summary>
    /// Each part as its UTF-16 length, a colon and its UTF-8 bytes, so no two different lists of parts hash the same
    /// bytes; written into one pooled buffer, since every checkout/create hashes one (issue 11).
    /// </summary>
    private sealed class LengthPrefixedText : IDisposable
    {
        // At most 10 digits and a colon.
        private const int MaxPrefixBytes = 11;

        private byte[] _buffer = ArrayPool<byte>.Shared.Rent(512);
        private int _written;

        public void Append(string part)
        {
            EnsureRoom(MaxPrefixBytes + Encoding.UTF8.GetMaxByteCount(part.Length));
            part.Length.TryFormat(_buffer.AsSpan(_written), out var digits, provider: CultureInfo.InvariantCulture);
            _written += digits;
            _buffer[_written++] = (byte)':';
            _written += Encoding.UTF8.GetBytes(part, _buffer.AsSpan(_written));
        }

        public string Sha256Hex()
        {
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(_buffer.AsSpan(0, _written), hash);
            return Convert.ToHexStringLower(hash);
        }

        public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);

        private void EnsureRoom(int bytes)
        {
            if (_buffer.Length - _written >= bytes)
            {
                return;
            }
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _written + bytes));
            _buffer.AsSpan(0, _written).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
    }
}
