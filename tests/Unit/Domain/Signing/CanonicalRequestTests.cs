using System.Security.Cryptography;

using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.UnitTests.Builders;

namespace OpenCharge.Checkout.UnitTests.Domain.Signing;

public sealed class CanonicalRequestTests
{
    [Fact]
    public void Build_PostVector_MatchesCanonicalString()
    {
        string canonical = CanonicalRequest.Build("200", "1706500000", "req_test123", "POST", "/opencharge/payment/create", AuthenticationVectors.Request.BodyHash);

        Assert.Equal(AuthenticationVectors.Request.Canonical, canonical);
    }

    [Fact]
    public void Build_PostVector_HashesToVectorDigest()
    {
        string canonical = CanonicalRequest.Build("200", "1706500000", "req_test123", "POST", "/opencharge/payment/create", AuthenticationVectors.Request.BodyHash);

        string digest = Convert.ToHexStringLower(SHA256.HashData(AuthenticationVectors.Utf8(canonical)));

        Assert.Equal(AuthenticationVectors.Request.Digest, digest);
    }

    [Fact]
    public void Build_GetWithoutBody_MatchesCanonicalString()
    {
        string canonical = CanonicalRequest.Build("200", "1706500000", "req_test456", "GET", "/opencharge/verify/barclays_tx_456", BodyHash.Empty);

        Assert.Equal(AuthenticationVectors.EmptyGet.Canonical, canonical);
    }

    [Fact]
    public void Build_GetWithoutBody_HashesToVectorDigest()
    {
        string canonical = CanonicalRequest.Build("200", "1706500000", "req_test456", "GET", "/opencharge/verify/barclays_tx_456", BodyHash.Empty);

        string digest = Convert.ToHexStringLower(SHA256.HashData(AuthenticationVectors.Utf8(canonical)));

        Assert.Equal(AuthenticationVectors.EmptyGet.Digest, digest);
    }

    [Fact]
    public void Build_LowercaseMethod_UpperCasesIt()
    {
        string canonical = CanonicalRequest.Build("200", "1706500000", "req_test456", "get", "/opencharge/verify/barclays_tx_456", BodyHash.Empty);

        Assert.Equal(AuthenticationVectors.EmptyGet.Canonical, canonical);
    }

    [Fact]
    public void Build_PathWithQuery_KeepsQueryVerbatim()
    {
        string canonical = CanonicalRequest.Build("7", "1", "n", "GET", "/opencharge/inventory?page=2&q=a%20b", BodyHash.Empty);

        Assert.Equal($"7\n1\nn\nGET\n/opencharge/inventory?page=2&q=a%20b\n{BodyHash.Empty}", canonical);
    }

    [Fact]
    public void Build_Always_HasNoTrailingNewline()
    {
        string canonical = CanonicalRequest.Build("200", "1706500000", "req_test123", "POST", "/opencharge/payment/create", AuthenticationVectors.Request.BodyHash);

        Assert.False(canonical.EndsWith('\n'));
    }

    [Fact]
    public void Build_NonceWithLineFeed_Throws()
    {
        var build = () => CanonicalRequest.Build("200", "1706500000", "req\nPOST", "POST", "/opencharge/payment/create", BodyHash.Empty);

        Assert.Throws<ArgumentException>("nonce", build);
    }
}
