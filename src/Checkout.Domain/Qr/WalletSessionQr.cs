using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Qr;

/// <summary>A customer-presented wallet QR: the merchant posts a signed order to <see cref="QrPayload.Link"/>.</summary>
public sealed record WalletSessionQr(Ocid Gateway, Uri OrderUrl, string SessionId, DateTimeOffset? ExpiresAt)
    : QrPayload(Gateway, OrderUrl, ExpiresAt)
{
    /// <summary>gaps.md G21: <c>order</c> = <c>config.endpoint</c> (no trailing slash) + this + the session id.</summary>
    public const string PathMarker = "/orders/create/";

    public const int MaxSessionIdLength = 128;

    /// <summary>Our own wallet session QR for <paramref name="sessionId"/> under our metadata's <paramref name="endpoint"/>.</summary>
    public static WalletSessionQr For(Ocid gateway, string endpoint, string sessionId, DateTimeOffset expiresAt) =>
        new(gateway, new Uri(endpoint.TrimEnd('/') + PathMarker + sessionId, UriKind.Absolute), sessionId, expiresAt);

    /// <summary>Session ids travel in a URL path: letters, digits, '_' and '-' (ours are 32 hex, the docs show <c>sess_abc123</c>).</summary>
    public static bool IsValidSessionId(string sessionId) =>
        sessionId.Length is > 0 and <= MaxSessionIdLength && sessionId.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
