using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Qr;

/// <summary>
/// What an Opencharge QR code says (objects.md §4): who published it, the link to follow, and until when it may be
/// used (<see langword="null"/>: never expires). <see cref="QrPayloadReader"/> reads one from a code's text and
/// <see cref="QrPayloadWriter"/> writes the text, so the code we show and the code we read agree.
/// </summary>
public abstract record QrPayload(Ocid Publisher, Uri Link, DateTimeOffset? ExpiresAt)
{
    public bool IsExpiredAt(DateTimeOffset now) => ExpiresAt is { } expiresAt && expiresAt < now;
}
