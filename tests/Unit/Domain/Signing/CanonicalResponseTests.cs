using System.Security.Cryptography;

using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.UnitTests.Builders;

namespace OpenCharge.Checkout.UnitTests.Domain.Signing;

public sealed class CanonicalResponseTests
{
    [Fact]
    public void Build_ResponseVector_MatchesCanonicalString()
    {
        string canonical = CanonicalResponse.Build("200", "1706500001", 200, AuthenticationVectors.Response.BodyHash);

        Assert.Equal(AuthenticationVectors.Response.Canonical, canonical);
    }

    [Fact]
    public void Build_ResponseVector_HashesToVectorDigest()
    {
        string canonical = CanonicalResponse.Build("200", "1706500001", 200, AuthenticationVectors.Response.BodyHash);

        string digest = Convert.ToHexStringLower(SHA256.HashData(AuthenticationVectors.Utf8(canonical)));

        Assert.Equal(AuthenticationVectors.Response.Digest, digest);
    }

    [Fact]
    public void Build_TimestampWithLineFeed_Throws()
    {
        var build = () => CanonicalResponse.Build("200", "1706500001\n", 200, BodyHash.Empty);

        Assert.Throws<ArgumentException>("timestamp", build);
    }
}
