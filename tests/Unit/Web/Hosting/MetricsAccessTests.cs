using System.Net;

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

using OpenCharge.Checkout.UnitTests.Builders;
using OpenCharge.Checkout.Web.Hosting.Operations;

namespace OpenCharge.Checkout.UnitTests.Web.Hosting;

public sealed class MetricsAccessTests
{
    [Fact]
    public async Task Guard_LoopbackCaller_PassesThrough()
    {
        var (passed, status) = await GuardAsync(IPAddress.Loopback, key: null, authorization: null);

        Assert.True(passed);
        Assert.Equal(StatusCodes.Status200OK, status);
    }

    [Fact]
    public async Task Guard_RemoteCallerWithoutAConfiguredKey_IsForbidden()
    {
        var (passed, status) = await GuardAsync(IPAddress.Parse("203.0.113.7"), key: null, authorization: "Bearer anything");

        Assert.False(passed);
        Assert.Equal(StatusCodes.Status403Forbidden, status);
    }

    [Fact]
    public async Task Guard_RemoteCallerWithTheWrongKey_IsForbidden()
    {
        var (passed, status) = await GuardAsync(IPAddress.Parse("203.0.113.7"), key: "scrape-key", authorization: "Bearer other-key");

        Assert.False(passed);
        Assert.Equal(StatusCodes.Status403Forbidden, status);
    }

    [Fact]
    public async Task Guard_RemoteCallerWithTheConfiguredKey_PassesThrough()
    {
        var (passed, _) = await GuardAsync(IPAddress.Parse("203.0.113.7"), key: "scrape-key", authorization: "Bearer scrape-key");

        Assert.True(passed);
    }

    private static async Task<(bool Passed, int Status)> GuardAsync(IPAddress caller, string? key, string? authorization)
    {
        var services = new ServiceCollection()
            .AddSingleton<IOptionsMonitor<OperationsOptions>>(new FixedOptionsMonitor<OperationsOptions>(new OperationsOptions { MetricsKey = key }))
            .BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Connection.RemoteIpAddress = caller;
        if (authorization is not null)
        {
            context.Request.Headers.Authorization = authorization;
        }
        var passed = false;

        await MetricsAccess.GuardAsync(context, () =>
        {
            passed = true;
            return Task.CompletedTask;
        });

        return (passed, context.Response.StatusCode);
    }
}
