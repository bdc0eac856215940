using System.Globalization;
using System.Text;

namespace OpenCharge.Checkout.Infrastructure.Protocol;

/// <summary>
/// Formats a JSON number token as <c>JSON.stringify(JSON.parse(token))</c> does in JavaScript: the value becomes a
/// double, which prints as ECMAScript Number::toString (shortest round-trip digits, exponent from 1e21 and
/// below 1e-6). This is also RFC 8785's number rule, so our bytes match any JS or JCS peer.
/// </summary>
internal static class JsNumberFormat
{
    // Up to 15 digits every integer is exact in a double and prints unchanged (below 1e21).
    private const int ExactIntegerDigits = 15;

    public static string Format(ReadOnlySpan<byte> token)
    {
        if (IsExactInteger(token))
        {
            return token is [(byte)'-', (byte)'0'] ? "0" : Encoding.ASCII.GetString(token);
        }
        return Format(double.Parse(token, NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    public static string Format(double value)
    {
        if (!double.IsFinite(value))
        {
            return "null";
        }
        if (value == 0)
        {
            return "0";
        }

        // .NET's "R" gives the same shortest round-trip digits as JS, only laid out differently.
        string shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        int exponentAt = shortest.IndexOf('E');
        var mantissa = exponentAt < 0 ? shortest : shortest[..exponentAt];
        int exponent = exponentAt < 0 ? 0 : int.Parse(shortest.AsSpan(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        int pointAt = mantissa.IndexOf('.');
        string digits = mantissa.Replace(".", "", StringComparison.Ordinal);

        // value = 0.digits × 10^n, with digits free of leading and trailing zeros (ECMAScript's s, k and n).
        int n = (pointAt < 0 ? mantissa.Length : pointAt) + exponent;
        string significant = digits.TrimStart('0');
        n -= digits.Length - significant.Length;
        significant = significant.TrimEnd('0');

        string magnitude = Layout(significant, n);
        return value < 0 ? "-" + magnitude : magnitude;
    }

    private static string Layout(string digits, int n)
    {
        int k = digits.Length;
        if (k <= n && n <= 21)
        {
            return digits + new string('0', n - k);
        }
        if (0 < n && n <= 21)
        {
            return $"{digits[..n]}.{digits[n..]}";
        }
        if (-6 < n && n <= 0)
        {
            return $"0.{new string('0', -n)}{digits}";
        }

        int exponent = n - 1;
        string mantissa = k == 1 ? digits : $"{digits[..1]}.{digits[1..]}";
        return string.Create(CultureInfo.InvariantCulture, $"{mantissa}e{(exponent < 0 ? '-' : '+')}{Math.Abs(exponent)}");
    }

    private static bool IsExactInteger(ReadOnlySpan<byte> token)
    {
        var digits = token is [(byte)'-', ..] ? token[1..] : token;
        return digits.Length is > 0 and <= ExactIntegerDigits && !digits.ContainsAnyExceptInRange((byte)'0', (byte)'9');
    }
}
