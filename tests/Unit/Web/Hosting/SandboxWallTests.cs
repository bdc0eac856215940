using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;

using OpenCharge.Checkout.Web.Hosting;

namespace OpenCharge.Checkout.UnitTests.Web.Hosting;

public sealed class SandboxWallTests
{
    [Fact]
    public void RefusalReason_ProductionWithSandboxOn_SaysWhyInOneLine()
    {
        var reason = SandboxWall.RefusalReason(Configuration("true"), Environment("Production"));

        Assert.NotNull(reason);
        Assert.StartsWith("Refusing to start: Sandbox:Enabled is true but ASPNETCORE_ENVIRONMENT is Production", reason);
        Assert.DoesNotContain('\n', reason);
    }

    [Theory]
    [InlineData("Production", null)]
    [InlineData("Production", "false")]
    [InlineData("Staging", "true")]
    [InlineData("Development", null)]
    public void RefusalReason_NoPlayMoneyInProduction_IsNone(string environment, string? enabled)
    {
        var reason = SandboxWall.RefusalReason(Configuration(enabled), Environment(environment));

        Assert.Null(reason);
    }

    private static IConfiguration Configuration(string? enabled) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Sandbox:Enabled"] = enabled }).Build();

    private static HostingEnvironment Environment(string name) => new() { EnvironmentName = name };
}
