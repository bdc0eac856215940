namespace OpenCharge.Checkout.Domain.Common;

/// <summary>
/// A currency code and its minor-unit digits. gaps.md G17: codes are 2–10 of [A-Z0-9] (registry samples use USDC, ETH),
/// so unknown codes are allowed with two minor digits.
/// </summary>
public readonly record struct Currency
{
    public const int MaxCodeLength = 10;

    private static readonly HashSet<string> NoMinorUnits =
        ["BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF"];

    private static readonly HashSet<string> ThreeMinorDigits = ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"];

    private Currency(string code, int exponent)
    {
        Code = code;
        Exponent = exponent;
    }

    public string Code { get; }

    /// <summary>Digits after the decimal point in the smallest unit (ISO 4217; 2 when the code is not ISO).</summary>
    public int Exponent { get; }

    public static bool TryParse(string? code, out Currency currency)
    {
        currency = default;
        if (code is null || code.Length is < 2 or > MaxCodeLength || !code.All(c => c is >= 'A' and <= 'Z' or >= '0' and <= '9'))
        {
            return false;
        }
        currency = new Currency(code, NoMinorUnits.Contains(code) ? 0 : ThreeMinorDigits.Contains(code) ? 3 : 2);
        return true;
    }

    public static Currency Of(string code) =>
        TryParse(code, out var currency) ? currency : throw new ArgumentException($"'{code}' is not a currency code.", nameof(code));

    public override string ToString() => Code;
}
