using System.Globalization;
using System.Text;

using Microsoft.Extensions.Logging;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Domain.Signing;

namespace OpenCharge.Checkout.Infrastructure.Protocol.Authentication;

/// <summary>
/// Every check of authentication.md §5 for an inbound signed request. The nonce is recorded only after the signature
/// verifies, so forged requests cannot burn a peer's nonces; a replay of a genuine request is then NONCE_REUSED.
/// </summary>
public sealed class RequestAuthenticator
{
    public const int TimestampToleranceSeconds = 300;
    public const int MaxNonceLength = 128;

    /// <summary>gaps.md G9: how long after a rotation a signature by the previous key is still honoured.</summary>
    public static readonly TimeSpan RotationGrace = TimeSpan.FromHours(24);

    private readonly IPeerDirectory _peers;
    private readonly INonceStore _nonces;
    private readonly ISecp256k1 _secp256k1;
    private readonly TimeProvider _time;
    private readonly ILogger<RequestAuthenticator> _logger;

    public RequestAuthenticator(IPeerDirectory peers, INonceStore nonces, ISecp256k1 secp256k1, TimeProvider time, ILogger<RequestAuthenticator> logger)
    {
        _peers = peers;
        _nonces = nonces;
        _secp256k1 = secp256k1;
        _time = time;
        _logger = logger;
    }

    public async Task<AuthenticationResult> AuthenticateAsync(SignedRequest request, string basePath, CancellationToken cancellationToken)
    {
        if (!Ocid.TryParse(request.Ocid, out var ocid)
            || !long.TryParse(request.Timestamp, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var timestamp)
            || !IsWellFormedNonce(request.Nonce)
            || string.IsNullOrEmpty(request.Signature))
        {
            return AuthenticationResult.Fail(AuthenticationFailure.InvalidSignature, "Missing or malformed X-OC-ID, X-OC-Timestamp, X-OC-Nonce or X-OC-Signature header.");
        }

        var now = _time.GetUtcNow();
        if (Math.Abs(now.ToUnixTimeSeconds() - timestamp) > TimestampToleranceSeconds)
        {
            return AuthenticationResult.Fail(AuthenticationFailure.TimestampExpired, $"X-OC-Timestamp is more than {TimestampToleranceSeconds} s away from server time {now.ToUnixTimeSeconds()}.");
        }

        var lookup = await _peers.FindAsync(ocid, refresh: false, cancellationToken);
        if (Rejection(lookup, ocid) is { } rejected)
        {
            return rejected;
        }
        var caller = ((PeerLookup.Found)lookup).Metadata;
        var messages = SignedRequestVariants.CanonicalMessages(request, basePath);

        if (!VerifiesWithAnyKey(caller, messages, request.Signature, now))
        {
            // The peer may have rotated its key since we cached its metadata: look once more, then give up.
            lookup = await _peers.FindAsync(ocid, refresh: true, cancellationToken);
            if (lookup is not PeerLookup.Found refreshed || !VerifiesWithAnyKey(refreshed.Metadata, messages, request.Signature, now))
            {
                return AuthenticationResult.Fail(AuthenticationFailure.InvalidSignature, "X-OC-Signature does not verify against the sender's published key.");
            }
            caller = refreshed.Metadata;
        }

        if (!await _nonces.TryRecordAsync(ocid, request.Nonce!, now, cancellationToken))
        {
            return AuthenticationResult.Fail(AuthenticationFailure.NonceReused, "X-OC-Nonce was already used by this OCID.");
        }
        return AuthenticationResult.Success(caller);
    }

    private static AuthenticationResult? Rejection(PeerLookup lookup, Ocid ocid) => lookup switch
    {
        PeerLookup.Found => null,
        PeerLookup.Unknown => AuthenticationResult.Fail(AuthenticationFailure.UnknownOcid, $"OCID {ocid} is not in the registry."),
        PeerLookup.Unavailable => AuthenticationResult.Fail(AuthenticationFailure.MetadataUnavailable, $"Metadata of OCID {ocid} could not be fetched."),
        _ => throw new InvalidOperationException("Unexpected peer lookup."),
    };

    private bool VerifiesWithAnyKey(PeerMetadata caller, IReadOnlyList<string> messages, string signature, DateTimeOffset now)
    {
        var keys = new List<string> { caller.PublicKey };
        if (caller.PreviousKey is { } previous && caller.KeyRotatedAt is { } rotatedAt && now - rotatedAt <= RotationGrace)
        {
            keys.Add(previous);
        }
        for (var i = 0; i < messages.Count; i++)
        {
            var bytes = Encoding.UTF8.GetBytes(messages[i]);
            foreach (var key in keys)
            {
                if (_secp256k1.Verify(key, bytes, signature))
                {
                    if (i > 0)
                    {
                        _logger.LogInformation("OCID {Ocid} signed a lenient canonical form (variant {Variant})", caller.Ocid, i);
                    }
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>gaps.md G8: any 1–128 printable ASCII characters.</summary>
    private static bool IsWellFormedNonce(string? nonce) =>
        nonce is { Length: > 0 and <= MaxNonceLength } && nonce.All(c => c is >= '!' and <= '~');
}
