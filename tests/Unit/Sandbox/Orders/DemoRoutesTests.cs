using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Sandbox;
using OpenCharge.Checkout.Sandbox.Orders;

namespace OpenCharge.Checkout.UnitTests.Sandbox.Orders;

public sealed class DemoRoutesTests
{
    [Theory]
    [InlineData(SettleThrough.DemoGateway, 9000)]
    [InlineData(SettleThrough.Checkout, 200)]
    [InlineData(SettleThrough.DemoBank, 9002)]
    [InlineData(SettleThrough.DemoExchange, 9003)]
    [InlineData(SettleThrough.DemoSwitch, 9004)]
    public void AcceptsFor_EachChoice_NamesTheIssuerItsRouteEndsAt(SettleThrough choice, long issuer)
    {
        Assert.Equal([issuer], Routes().AcceptsFor(choice));
    }

    [Fact]
    public void AcceptsFor_DemoGatewayWithStoreAcceptsConfigured_UsesTheConfiguredIssuers()
    {
        var routes = Routes(new SandboxOptions { StoreAccepts = [700, 701] });

        Assert.Equal([700L, 701L], routes.AcceptsFor(SettleThrough.DemoGateway));
    }

    [Fact]
    public void AllAccepts_Default_ListsEveryIssuerAnOrderMayAcceptOnceInOrder()
    {
        Assert.Equal([200L, 9000L, 9002L, 9003L, 9004L], Routes().AllAccepts);
    }

    [Fact]
    public void Identify_AcceptsOfTheExchange_IsTheCommonProviderChoice()
    {
        var routes = Routes();

        Assert.Equal(SettleThrough.DemoExchange, routes.Identify([9003]));
        Assert.Equal("Demo Exchange (common provider)", routes.Describe(SettleThrough.DemoExchange));
    }

    [Fact]
    public void Identify_AcceptsTheStoreNeverOffers_IsNone()
    {
        Assert.Null(Routes().Identify([9002, 9003]));
        Assert.Null(Routes().NameOf(777));
    }

    private static DemoRoutes Routes(SandboxOptions? sandbox = null) =>
        new(Options.Create(sandbox ?? new SandboxOptions()), Options.Create(new OpenchargeOptions { Ocid = 200 }));
}
