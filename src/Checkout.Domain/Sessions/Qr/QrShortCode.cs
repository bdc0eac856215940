using System.Security.Cryptography;

namespace OpenCharge.Checkout.Domain.Sessions.Qr;

/// <summary>
/// What a cashier may type instead of scanning: 8 characters from 32 that cannot be misread (no 0/O, 1/I), 40 random
/// bits, shown as <c>ABCD-EFGH</c>. Accepted in place of the session id in <c>/orders/create/{sessionId}</c>, with or
/// without the hyphen, in either case (docs/decisions.md, "Issue 9").
/// </summary>
public readonly record struct QrShortCode
{
    public const int Length = 8;
    public const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private QrShortCode(string value) => Value = value;

    /// <summary>The 8 characters, upper case, without the hyphen.</summary>
    public string Value { get; }

    public static QrShortCode New() => new(RandomNumberGenerator.GetString(Alphabet, Length));

    public static QrShortCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not a short code.");

    public static bool TryParse(string? text, out QrShortCode code)
    {
        code = default;
        var compact = text?.Replace("-", "", StringComparison.Ordinal).ToUpperInvariant();
        if (compact is not { Length: Length } || !compact.All(Alphabet.Contains))
        {
            return false;
        }
        code = new QrShortCode(compact);
        return true;
    }

    public string Display => Value[..4] + "-" + Value[4..];

    public override string ToString() => Value;
}
