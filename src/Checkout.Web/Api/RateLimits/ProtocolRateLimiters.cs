using System.Globalization;
using System.Threading.RateLimiting;

using Microsoft.AspNetCore.RateLimiting;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Web.Api.Errors;
using OpenCharge.Checkout.Web.Api.Signing;

namespace OpenCharge.Checkout.Web.Api.RateLimits;

/// <summary>
/// The two limits on <c>/opencharge</c>, each a fixed window with no queue. Per client address runs before anything
/// else is spent on a request; per OCID runs only after the signature verified, because a limit keyed on the claimed
/// <c>X-OC-ID</c> would let anyone exhaust a real peer's allowance with forged requests (docs/decisions.md).
/// </summary>
internal static class ProtocolRateLimiters
{
    public static RateLimiterOptions? PerAddress(RateLimitOptions limits) =>
        limits.PermitsPerAddress == 0 ? null : Options(PartitionedRateLimiter.Create<HttpContext, string>(context =>
            FixedWindow(ClientAddress.KeyOf(context.Connection.RemoteIpAddress), limits.PermitsPerAddress, limits.Window)));

    /// <summary>Requests without a verified caller (public endpoints, refused signatures) pass; the address limit covers them.</summary>
    public static RateLimiterOptions? PerOcid(RateLimitOptions limits) =>
        limits.PermitsPerOcid == 0 ? null : Options(PartitionedRateLimiter.Create<HttpContext, Ocid>(context =>
            context.Features.Get<AuthenticatedCaller>() is { } caller
                ? FixedWindow(caller.Peer.Ocid, limits.PermitsPerOcid, limits.Window)
                : RateLimitPartition.GetNoLimiter(default(Ocid))));

    private static RateLimitPartition<TKey> FixedWindow<TKey>(TKey key, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            QueueLimit = 0,
        });

    private static RateLimiterOptions Options(PartitionedRateLimiter<HttpContext> limiter) => new()
    {
        GlobalLimiter = limiter,
        RejectionStatusCode = StatusCodes.Status429TooManyRequests,
        OnRejected = RejectAsync,
    };

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken _)
    {
        // The fixed-window limiter puts a retry delay on every refusal; the fallback only keeps the header's promise.
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        rejected.HttpContext.Response.Headers.RetryAfter = ProtocolErrors.RetryAfterSeconds(retryAfter).ToString(CultureInfo.InvariantCulture);
        await ProtocolErrorWriter.WriteAsync(rejected.HttpContext, ProtocolErrors.RateLimited(retryAfter));
    }
}
