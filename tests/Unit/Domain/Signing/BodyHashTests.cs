using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.UnitTests.Builders;

namespace OpenCharge.Checkout.UnitTests.Domain.Signing;

public sealed class BodyHashTests
{
    [Fact]
    public void Of_NoBytes_EqualsEmpty()
    {
        string hash = BodyHash.Of([]);

        Assert.Equal(BodyHash.Empty, hash);
    }

    [Fact]
    public void Of_EmptyJsonObject_EqualsEmptyObject()
    {
        string hash = BodyHash.Of("{}"u8);

        Assert.Equal(BodyHash.EmptyObject, hash);
    }

    [Fact]
    public void Of_RequestVectorBody_MatchesVector()
    {
        string hash = BodyHash.Of(AuthenticationVectors.Utf8(AuthenticationVectors.Request.Body));

        Assert.Equal(AuthenticationVectors.Request.BodyHash, hash);
    }

    [Fact]
    public void Of_ResponseVectorBody_MatchesVector()
    {
        string hash = BodyHash.Of(AuthenticationVectors.Utf8(AuthenticationVectors.Response.Body));

        Assert.Equal(AuthenticationVectors.Response.BodyHash, hash);
    }
}
