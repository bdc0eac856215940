namespace OpenCharge.Checkout.Domain.Audit;

/// <summary>
/// One line of the append-only audit trail: who did what to which subject, when, and the subject's state before
/// and after (JSON, secrets left out). The table refuses updates and deletes, so a line once written stays.
/// </summary>
public sealed class AuditEvent
{
    public const int MaxActorLength = 256;
    public const int MaxActionLength = 100;
    public const int MaxSubjectLength = 300;

    private AuditEvent()
    {
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The signed-in user's email, or <c>system</c> / <c>operator</c> for work nobody clicked.</summary>
    public string Actor { get; private set; } = "";

    /// <summary>Dotted verb, for example <c>merchant.settings.changed</c> (see <see cref="AuditActions"/>).</summary>
    public string Action { get; private set; } = "";

    /// <summary>What was acted on: an OCID, a user's email, a delivery id.</summary>
    public string Subject { get; private set; } = "";

    public string? Before { get; private set; }

    public string? After { get; private set; }

    public static AuditEvent Record(DateTimeOffset at, string actor, string action, string subject, string? before, string? after) => new()
    {
        At = at,
        Actor = Truncate(actor, MaxActorLength),
        Action = Truncate(action, MaxActionLength),
        Subject = Truncate(subject, MaxSubjectLength),
        Before = before,
        After = after,
    };

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
