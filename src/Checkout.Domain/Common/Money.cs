using System.Globalization;

namespace OpenCharge.Checkout.Domain.Common;

/// <summary>An amount in integer minor units of one currency. Never a floating-point or decimal in between.</summary>
public readonly record struct Money(long Minor, Currency Currency)
{
    /// <summary>
    /// Parses a protocol amount string ("99.99"): digits, an optional '.' and fraction, no sign, no grouping. Extra
    /// fraction digits are accepted only when they are zeros (the docs write "10000.00" for UGX, which has none).
    /// </summary>
    public static bool TryParse(string? amount, Currency currency, out Money money)
    {
        money = default;
        if (string.IsNullOrEmpty(amount) || amount.Length > 32)
        {
            return false;
        }
        var dot = amount.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? amount : amount[..dot];
        var fraction = dot < 0 ? "" : amount[(dot + 1)..];
        if (whole.Length == 0 || !whole.All(char.IsAsciiDigit) || (dot >= 0 && (fraction.Length == 0 || !fraction.All(char.IsAsciiDigit))))
        {
            return false;
        }
        if (fraction.Length > currency.Exponent && fraction[currency.Exponent..].Any(c => c != '0'))
        {
            return false;
        }
        var significant = fraction.Length > currency.Exponent ? fraction[..currency.Exponent] : fraction.PadRight(currency.Exponent, '0');
        try
        {
            var minor = checked(long.Parse(whole, CultureInfo.InvariantCulture) * Pow10(currency.Exponent)
                + (significant.Length == 0 ? 0 : long.Parse(significant, CultureInfo.InvariantCulture)));
            money = new Money(minor, currency);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    public bool IsPositive => Minor > 0;

    public Money Add(Money other) => other.Currency == Currency
        ? this with { Minor = checked(Minor + other.Minor) }
        : throw new InvalidOperationException($"Cannot add {other.Currency} to {Currency}.");

    public Money Negate() => this with { Minor = checked(-Minor) };

    /// <summary>Invariant "1234.50" with exactly the currency's minor digits (gaps.md G16).</summary>
    public string ToWireString()
    {
        if (Currency.Exponent == 0)
        {
            return Minor.ToString(CultureInfo.InvariantCulture);
        }
        var scale = Pow10(Currency.Exponent);
        var sign = Minor < 0 ? "-" : "";
        var absolute = Math.Abs(Minor);
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{absolute / scale}.{(absolute % scale).ToString(CultureInfo.InvariantCulture).PadLeft(Currency.Exponent, '0')}");
    }

    public override string ToString() => $"{ToWireString()} {Currency.Code}";

    private static long Pow10(int exponent)
    {
        long result = 1;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }
        return result;
    }
}
