using Npgsql;

using OpenCharge.Checkout.E2E.Fixtures;

namespace OpenCharge.Checkout.E2E.Hosting;

public sealed class PartnerConfigurationStartTests
{
    [Fact]
    public async Task Start_HoldingBalanceThatIsNoAmount_RefusesInOneLineBeforeTouchingTheDatabase()
    {
        var server = Environment.GetEnvironmentVariable(TestDatabase.ServerVariable)
            ?? throw new InvalidOperationException($"{TestDatabase.ServerVariable} is not set.");
        var name = $"checkout_e2e_refused_{Guid.NewGuid():N}";
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;

        var result = await CheckoutCommand.RunAsync(
            new Dictionary<string, string>
            {
                ["ConnectionStrings:Checkout"] = connectionString,
                ["Opencharge:Partners:100:Roles"] = "SettlementProvider",
                ["Opencharge:Partners:100:Holdings:USD:Balance"] = "1,000.00",
            },
            []);

        Assert.NotEqual(0, result.ExitCode);
        var line = Assert.Single(result.Lines);
        Assert.Equal("Refusing to start: Opencharge:Partners:100:Holdings:USD:Balance: '1,000.00' is not an amount in USD such as \"1000.00\".", line);
        Assert.False(await IdentityTables.DatabaseExistsAsync(server, name));
    }
}
