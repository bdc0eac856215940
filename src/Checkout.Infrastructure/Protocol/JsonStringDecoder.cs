using System.Globalization;
using System.Text;

namespace OpenCharge.Checkout.Infrastructure.Protocol;

/// <summary>
/// Decodes the escaped UTF-8 content of a JSON string into UTF-16 the way JavaScript's JSON.parse does.
/// System.Text.Json's own accessors throw on an escaped lone surrogate (<c>"\ud800"</c>), which JSON.parse
/// accepts and JSON.stringify writes back, so a peer can sign such a string.
/// </summary>
internal static class JsonStringDecoder
{
    /// <param name="escaped">String content without the quotes, as validated by the JSON reader.</param>
    public static string Decode(ReadOnlySpan<byte> escaped)
    {
        int backslash = escaped.IndexOf((byte)'\\');
        if (backslash < 0)
        {
            return Encoding.UTF8.GetString(escaped);
        }

        var decoded = new StringBuilder(escaped.Length);
        while (backslash >= 0)
        {
            decoded.Append(Encoding.UTF8.GetString(escaped[..backslash]));
            int escapeLength = 2;
            switch (escaped[backslash + 1])
            {
                case (byte)'b':
                    decoded.Append('\b');
                    break;
                case (byte)'f':
                    decoded.Append('\f');
                    break;
                case (byte)'n':
                    decoded.Append('\n');
                    break;
                case (byte)'r':
                    decoded.Append('\r');
                    break;
                case (byte)'t':
                    decoded.Append('\t');
                    break;
                case (byte)'u':
                    // One UTF-16 code unit; a surrogate pair arrives as two escapes and pairs up in the builder.
                    decoded.Append((char)ushort.Parse(escaped.Slice(backslash + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                    escapeLength = 6;
                    break;
                default:
                    // \" \\ and \/ stand for the character itself.
                    decoded.Append((char)escaped[backslash + 1]);
                    break;
            }
            escaped = escaped[(backslash + escapeLength)..];
            backslash = escaped.IndexOf((byte)'\\');
        }
        return decoded.Append(Encoding.UTF8.GetString(escaped)).ToString();
    }
}
