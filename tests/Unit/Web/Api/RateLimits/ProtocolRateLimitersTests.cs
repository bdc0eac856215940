using System.Net;
using System.Text.Json;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Web.Api.RateLimits;
using OpenCharge.Checkout.Web.Api.Signing;

namespace OpenCharge.Checkout.UnitTests.Web.Api.RateLimits;

public sealed class ProtocolRateLimitersTests
{
    private static readonly RateLimitOptions TwoPerHour = new() { PermitsPerAddress = 2, PermitsPerOcid = 2, WindowSeconds = 3600 };

    [Fact]
    public void PerAddress_ZeroPermits_IsOff()
    {
        Assert.Null(ProtocolRateLimiters.PerAddress(new RateLimitOptions { PermitsPerAddress = 0 }));
    }

    [Fact]
    public void PerOcid_ZeroPermits_IsOff()
    {
        Assert.Null(ProtocolRateLimiters.PerOcid(new RateLimitOptions { PermitsPerOcid = 0 }));
    }

    [Fact]
    public void PerAddress_OverTheLimit_RefusesThatAddressOnly()
    {
        var limiter = ProtocolRateLimiters.PerAddress(TwoPerHour)!.GlobalLimiter!;

        var granted = Enumerable.Range(0, 3).Select(_ => limiter.AttemptAcquire(From("203.0.113.7")).IsAcquired).ToArray();

        Assert.Equal([true, true, false], granted);
        Assert.True(limiter.AttemptAcquire(From("203.0.113.8")).IsAcquired);
    }

    [Fact]
    public void PerOcid_OverTheLimit_RefusesThatOcidOnly()
    {
        var limiter = ProtocolRateLimiters.PerOcid(TwoPerHour)!.GlobalLimiter!;

        var granted = Enumerable.Range(0, 3).Select(_ => limiter.AttemptAcquire(Verified(700)).IsAcquired).ToArray();

        Assert.Equal([true, true, false], granted);
        Assert.True(limiter.AttemptAcquire(Verified(701)).IsAcquired);
    }

    [Fact]
    public void PerOcid_NoVerifiedCaller_IsNeverLimited()
    {
        var limiter = ProtocolRateLimiters.PerOcid(TwoPerHour)!.GlobalLimiter!;

        Assert.All(Enumerable.Range(0, 10), _ => Assert.True(limiter.AttemptAcquire(From("203.0.113.7")).IsAcquired));
    }

    [Fact]
    public async Task OnRejected_Writes429EnvelopeWithRetryAfter()
    {
        var options = ProtocolRateLimiters.PerOcid(TwoPerHour)!;
        var context = Verified(700);
        context.Response.Body = new MemoryStream();
        options.GlobalLimiter!.AttemptAcquire(context);
        options.GlobalLimiter.AttemptAcquire(context);
        using var refused = options.GlobalLimiter.AttemptAcquire(context);

        await options.OnRejected!(new OnRejectedContext { HttpContext = context, Lease = refused }, CancellationToken.None);

        Assert.Equal(429, context.Response.StatusCode);
        Assert.True(int.Parse(context.Response.Headers.RetryAfter.ToString(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        context.Response.Body.Position = 0;
        using var body = await JsonDocument.ParseAsync(context.Response.Body);
        Assert.Equal("RATE_LIMITED", body.RootElement.GetProperty("error").GetProperty("code").GetString());
    }

    private static DefaultHttpContext From(string address) => new() { Connection = { RemoteIpAddress = IPAddress.Parse(address) } };

    private static DefaultHttpContext Verified(long ocid)
    {
        var context = From("203.0.113.7");
        var peer = new PeerMetadata(new Ocid(ocid), $"Peer {ocid}", "https://peer.example/opencharge", "02", [], PeerSettlement.None);
        context.Features.Set(new AuthenticatedCaller(peer, ReadOnlyMemory<byte>.Empty));
        return context;
    }
}
