using System.ComponentModel.DataAnnotations;

namespace OpenCharge.Checkout.Web.Api.RateLimits;

/// <summary>
/// <c>Opencharge:RateLimit</c>: how many requests one client address, and one verified OCID, may make under
/// <c>/opencharge</c> per window. 0 switches that kind of limit off (benchmarks and the fuzzer do).
/// </summary>
internal sealed class RateLimitOptions
{
    public const string Section = "Opencharge:RateLimit";

    [Range(0, int.MaxValue)]
    public int PermitsPerAddress { get; set; } = 1200;

    [Range(0, int.MaxValue)]
    public int PermitsPerOcid { get; set; } = 600;

    [Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 60;

    public TimeSpan Window => TimeSpan.FromSeconds(WindowSeconds);
}
