namespace OpenCharge.Checkout.Domain.Sessions;

/// <summary>A checkout session id; on the wire <c>sess_</c> + 32 lowercase hex (objects.md §2 shows <c>sess_xyz789</c>).</summary>
public readonly record struct SessionId(Guid Value)
{
    private const string Prefix = "sess_";

    public static SessionId New() => new(Guid.CreateVersion7());

    public static bool TryParse(string? text, out SessionId id)
    {
        id = default;
        if (text is null || !text.StartsWith(Prefix, StringComparison.Ordinal) || text.Length != Prefix.Length + 32
            || !Guid.TryParseExact(text[Prefix.Length..], "N", out var value))
        {
            return false;
        }
        id = new SessionId(value);
        return true;
    }

    public override string ToString() => Prefix + Value.ToString("N");
}
