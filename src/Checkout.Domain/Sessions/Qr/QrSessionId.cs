using System.Security.Cryptography;

namespace OpenCharge.Checkout.Domain.Sessions.Qr;

/// <summary>A wallet QR session id: 16 random bytes as 32 lowercase hex (objects.md §3, gaps.md G21).</summary>
public readonly record struct QrSessionId
{
    public const int Length = 32;

    private QrSessionId(string value) => Value = value;

    public string Value { get; }

    public static QrSessionId New() => new(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(Length / 2)));

    public static QrSessionId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not 32 lowercase hex digits.");

    public static bool TryParse(string? text, out QrSessionId id)
    {
        id = default;
        if (text is not { Length: Length } || !text.All(char.IsAsciiHexDigitLower))
        {
            return false;
        }
        id = new QrSessionId(text);
        return true;
    }

    public override string ToString() => Value;
}
