using OpenCharge.Checkout.Web.Api.Routing;

namespace OpenCharge.Checkout.UnitTests.Web.Api.Routing;

public sealed class ProtocolIdRouteConstraintTests
{
    [Theory]
    [InlineData("ord_abc123")]
    [InlineData("sess_0123456789abcdef0123456789abcdef")]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("gateway_tx_456")]
    [InlineData("INV-001.2")]
    public void IsId_OrdinaryId_IsAccepted(string id)
    {
        Assert.True(ProtocolIdRouteConstraint.IsId(id));
    }

    [Theory]
    [InlineData("create")]
    [InlineData("status")]
    [InlineData("CREATE")]
    [InlineData("Status")]
    public void IsId_LiteralOfOurRoutes_IsRefused(string word)
    {
        Assert.False(ProtocolIdRouteConstraint.IsId(word));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a b")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("tab\there")]
    [InlineData("ordé")]
    public void IsId_EmptyOrUnprintable_IsRefused(string text)
    {
        Assert.False(ProtocolIdRouteConstraint.IsId(text));
    }

    [Fact]
    public void IsId_LongerThanStoredIds_IsRefused()
    {
        Assert.True(ProtocolIdRouteConstraint.IsId(new string('a', ProtocolIdRouteConstraint.MaxLength)));
        Assert.False(ProtocolIdRouteConstraint.IsId(new string('a', ProtocolIdRouteConstraint.MaxLength + 1)));
    }
}
