using System.Net;

using Npgsql;

using OpenCharge.Checkout.E2E.Fixtures;

namespace OpenCharge.Checkout.E2E.Hosting;

/// <summary>Production is safe by default: no known passwords, and no sandbox play money.</summary>
public sealed class ProductionStartTests
{
    private static readonly Dictionary<string, string> Production = new() { ["ASPNETCORE_ENVIRONMENT"] = "Production" };

    [Fact]
    public async Task Start_ProductionWithSandboxOff_SeedsNoAccount()
    {
        await using var database = await TestDatabase.CreateAsync();

        await using var host = await CheckoutHost.StartAsync(database.ConnectionString, Production);
        using var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        using var login = await http.GetAsync("/account/login");

        Assert.Equal(0, await IdentityTables.CountUsersAsync(database.ConnectionString));
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("Sign in", await login.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Start_ProductionWithSandboxOn_RefusesInOneLineBeforeTouchingTheDatabase()
    {
        var server = Environment.GetEnvironmentVariable(TestDatabase.ServerVariable)
            ?? throw new InvalidOperationException($"{TestDatabase.ServerVariable} is not set.");
        var name = $"checkout_e2e_refused_{Guid.NewGuid():N}";
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;

        var result = await CheckoutCommand.RunAsync(
            new Dictionary<string, string>(Production) { ["ConnectionStrings:Checkout"] = connectionString, ["Sandbox:Enabled"] = "true" },
            []);

        Assert.NotEqual(0, result.ExitCode);
        var line = Assert.Single(result.Lines);
        Assert.Contains("Sandbox:Enabled is true but ASPNETCORE_ENVIRONMENT is Production", line);
        Assert.False(await IdentityTables.DatabaseExistsAsync(server, name));
    }
}
