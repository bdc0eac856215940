using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

using Microsoft.Extensions.Logging;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Protocol.Authentication;

/// <summary>
/// Every check of authentication.md §5 for an inbound signed request, ordered so that a forgery costs us little:
/// an undecodable signature costs no verify and no look-up, a well-formed garbage one costs the strict form plus the
/// distinct lenient forms, and a forced metadata refresh is verified again only when it brought a different key
/// (the directory allows one refresh per OCID per interval). The nonce is recorded only after the signature
/// verifies, so forged requests cannot burn a peer's nonces; a replay of a genuine request is then NONCE_REUSED.
/// </summary>
public sealed class RequestAuthenticator
{
    public const int TimestampToleranceSeconds = 300;
    public const int MaxNonceLength = 128;

    public const string NonceReusedMessage = "X-OC-Nonce was already used by this OCID.";

    /// <summary>gaps.md G9: how long after a rotation a signature by the previous key is still honoured.</summary>
    public static readonly TimeSpan RotationGrace = TimeSpan.FromHours(24);

    private readonly IPeerDirectory _peers;
    private readonly INonceStore _nonces;
    private readonly ISecp256k1 _secp256k1;
    private readonly TimeProvider _time;
    private readonly ILogger<RequestAuthenticator> _logger;

    // The lenient form each peer last signed: tried first, so a known lenient peer costs one verify. Written only
    // after a signature verified, so it holds genuine peers only and a forger cannot grow it.
    private readonly ConcurrentDictionary<Ocid, int> _lenientForms = new();

    public RequestAuthenticator(IPeerDirectory peers, INonceStore nonces, ISecp256k1 secp256k1, TimeProvider time, ILogger<RequestAuthenticator> logger)
    {
        _peers = peers;
        _nonces = nonces;
        _secp256k1 = secp256k1;
        _time = time;
        _logger = logger;
    }

    public Task<AuthenticationResult> AuthenticateAsync(SignedRequest request, string basePath, CancellationToken cancellationToken) =>
        AuthenticateAsync(request, basePath, within: null, cancellationToken);

    /// <summary>
    /// As the other overload; with <paramref name="within"/> open, the nonce is written in the request's transaction,
    /// so it commits with the request's work. If that transaction rolls back, the caller records the nonce with
    /// <see cref="RecordNonceAsync"/>: a nonce the signature covered is spent whatever became of its request.
    /// </summary>
    public async Task<AuthenticationResult> AuthenticateAsync(SignedRequest request, string basePath, RequestTransaction? within, CancellationToken cancellationToken)
    {
        if (!Ocid.TryParse(request.Ocid, out var ocid)
            || !long.TryParse(request.Timestamp, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var timestamp)
            || !IsWellFormedNonce(request.Nonce)
            || string.IsNullOrEmpty(request.Signature))
        {
            return AuthenticationResult.Fail(AuthenticationFailure.InvalidSignature, "Missing or malformed X-OC-ID, X-OC-Timestamp, X-OC-Nonce or X-OC-Signature header.");
        }

        var now = _time.GetUtcNow();
        var nowSeconds = now.ToUnixTimeSeconds();
        // Compared without subtracting: now - timestamp overflows for timestamps near long.MinValue.
        if (timestamp < nowSeconds - TimestampToleranceSeconds || timestamp > nowSeconds + TimestampToleranceSeconds)
        {
            return AuthenticationResult.Fail(AuthenticationFailure.TimestampExpired, $"X-OC-Timestamp is more than {TimestampToleranceSeconds} s away from server time {nowSeconds}.");
        }

        if (!_secp256k1.CanVerify(request.Signature))
        {
            return AuthenticationResult.Fail(AuthenticationFailure.InvalidSignature, "X-OC-Signature is not a secp256k1 signature in an accepted encoding with low S.");
        }

        var lookup = await _peers.FindAsync(ocid, refresh: false, cancellationToken);
        if (Rejection(lookup, ocid) is { } rejected)
        {
            return rejected;
        }
        var caller = ((PeerLookup.Found)lookup).Metadata;
        var variants = new SignedRequestVariants(request, basePath);

        if (!Verifies(caller, variants, request.Signature, now))
        {
            // The peer may have rotated its key since we cached its metadata. The directory refreshes at most once
            // per OCID per interval and otherwise hands back the same entry; only a different key is worth verifying.
            lookup = await _peers.FindAsync(ocid, refresh: true, cancellationToken);
            if (lookup is not PeerLookup.Found refreshed
                || PublishedKeys(refreshed.Metadata, now).SequenceEqual(PublishedKeys(caller, now))
                || !Verifies(refreshed.Metadata, variants, request.Signature, now))
            {
                return AuthenticationResult.Fail(AuthenticationFailure.InvalidSignature, "X-OC-Signature does not verify against the sender's published key.");
            }
            caller = refreshed.Metadata;
        }

        if (!await _nonces.TryRecordAsync(ocid, request.Nonce!, now, within, cancellationToken))
        {
            return AuthenticationResult.Fail(AuthenticationFailure.NonceReused, NonceReusedMessage);
        }
        return AuthenticationResult.Success(caller);
    }

    /// <summary>Spends an authenticated request's nonce in a commit of its own (after its request transaction rolled back).</summary>
    public Task RecordNonceAsync(Ocid ocid, string nonce, CancellationToken cancellationToken) =>
        _nonces.TryRecordAsync(ocid, nonce, _time.GetUtcNow(), within: null, cancellationToken);

    private static AuthenticationResult? Rejection(PeerLookup lookup, Ocid ocid) => lookup switch
    {
        PeerLookup.Found => null,
        PeerLookup.Unknown => AuthenticationResult.Fail(AuthenticationFailure.UnknownOcid, $"OCID {ocid} is not in the registry."),
        PeerLookup.Unavailable => AuthenticationResult.Fail(AuthenticationFailure.MetadataUnavailable, $"Metadata of OCID {ocid} could not be fetched."),
        _ => throw new InvalidOperationException("Unexpected peer lookup."),
    };

    private bool Verifies(PeerMetadata caller, SignedRequestVariants variants, string signature, DateTimeOffset now)
    {
        var keys = Keys(caller, now);
        var known = _lenientForms.TryGetValue(caller.Ocid, out var form) ? form : SignedRequestVariants.StrictForm;
        foreach (var variant in variants.InOrder(known))
        {
            var message = Encoding.UTF8.GetBytes(variant.Message);
            if (keys.Any(key => _secp256k1.VerifyByKey(key.Decoded, key.Published, message, signature)))
            {
                Remember(caller.Ocid, known, variant.Form);
                return true;
            }
        }
        return false;
    }

    private void Remember(Ocid ocid, int known, int verified)
    {
        if (verified == known)
        {
            return;
        }
        if (verified == SignedRequestVariants.StrictForm)
        {
            _lenientForms.TryRemove(ocid, out _);
            return;
        }
        _lenientForms[ocid] = verified;
        _logger.LogInformation("OCID {Ocid} signed a lenient canonical form (form {Form})", ocid, verified);
    }

    /// <summary>The keys as the registry decoded them with the caller's metadata, so a verify decodes nothing.</summary>
    private static IReadOnlyList<(string Published, ISecp256k1PublicKey? Decoded)> Keys(PeerMetadata caller, DateTimeOffset now) =>
        caller.PreviousKey is { } previous && caller.KeyRotatedAt is { } rotatedAt && now - rotatedAt <= RotationGrace
            ? [(caller.PublicKey, caller.DecodedPublicKey), (previous, caller.DecodedPreviousKey)]
            : [(caller.PublicKey, caller.DecodedPublicKey)];

    private static IEnumerable<string> PublishedKeys(PeerMetadata caller, DateTimeOffset now) =>
        Keys(caller, now).Select(key => key.Published);

    /// <summary>gaps.md G8: any 1–128 printable ASCII characters.</summary>
    private static bool IsWellFormedNonce(string? nonce) =>
        nonce is { Length: > 0 and <= MaxNonceLength } && nonce.All(c => c is >= '!' and <= '~');
}
