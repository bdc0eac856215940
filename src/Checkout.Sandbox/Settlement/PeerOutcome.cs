using OpenCharge.Checkout.Sandbox.Http;

namespace OpenCharge.Checkout.Sandbox.Settlement;

/// <summary>
/// What a settlement peer answers: 200 with <see cref="Json"/> (written as is, so a proof's signed bytes go out
/// unchanged), or an error envelope.
/// </summary>
internal sealed record PeerOutcome(string? Json, PeerError? Error)
{
    public static PeerOutcome Ok(string json) => new(json, null);

    public static implicit operator PeerOutcome(PeerError error) => new(null, error);
}
