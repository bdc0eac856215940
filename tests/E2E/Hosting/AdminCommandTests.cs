using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Hosting;

/// <summary><c>dotnet Checkout.Web.dll admin create --email …</c>, the operator's way to the first admin (README, "Production").</summary>
[Collection(AccountBrowserCollection.Name)]
public sealed class AdminCommandTests(BrowserFixture browser)
{
    private const string Email = "ops@example.test";
    private const string StrongPassword = "Vellum-Orbit-Tangerine-42";

    [Fact]
    public async Task AdminCreate_PasswordOnStdin_CreatesAnAdminWhoCanSignIn()
    {
        await using var database = await TestDatabase.CreateAsync();

        var result = await CreateAdminAsync(database, stdin: StrongPassword);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"Created admin {Email}; sign in at /account/login.", Assert.Single(result.Lines));
        // Development with the sandbox off: the same app, but one whose browser assets are served from the build output.
        await using var host = await CheckoutHost.StartAsync(database.ConnectionString, new Dictionary<string, string> { ["Sandbox:Enabled"] = "false" });
        await using var context = await browser.NewContextAsync(host.BaseUrl);
        var page = await context.NewPageAsync();
        var signIn = new SignInPage(page);
        await signIn.OpenAsync();
        await signIn.SignInAsync(Email, StrongPassword);
        await Expect(page).ToHaveURLAsync(host.BaseUrl + "/admin");
        Assert.Equal(1, await IdentityTables.CountUsersAsync(database.ConnectionString));
    }

    [Fact]
    public async Task AdminCreate_PasswordInEnvironment_CreatesAnAdmin()
    {
        await using var database = await TestDatabase.CreateAsync();

        var result = await CreateAdminAsync(database, environmentPassword: StrongPassword);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(1, await IdentityTables.CountAdminsAsync(database.ConnectionString, Email));
    }

    [Theory]
    [InlineData("Admin#2026demo", "published demo password")]
    [InlineData("Short#1a", "at least 12 characters")]
    [InlineData("Ops#Password2026", "must not contain the email")]
    [InlineData("Password123!", "too easy to guess")]
    public async Task AdminCreate_WeakPassword_RefusesInOneLineAndCreatesNoOne(string password, string reason)
    {
        await using var database = await TestDatabase.CreateAsync();

        var result = await CreateAdminAsync(database, stdin: password);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(reason, Assert.Single(result.Lines));
        Assert.Equal(0, await IdentityTables.CountUsersAsync(database.ConnectionString));
    }

    [Fact]
    public async Task AdminCreate_EmailAlreadyTaken_RefusesTheSecond()
    {
        await using var database = await TestDatabase.CreateAsync();
        Assert.Equal(0, (await CreateAdminAsync(database, stdin: StrongPassword)).ExitCode);

        var second = await CreateAdminAsync(database, stdin: "Another-Lantern-Quartz-77");

        Assert.Equal(1, second.ExitCode);
        Assert.Contains("already exists", Assert.Single(second.Lines));
        Assert.Equal(1, await IdentityTables.CountUsersAsync(database.ConnectionString));
    }

    private static Task<CommandResult> CreateAdminAsync(TestDatabase database, string? stdin = null, string? environmentPassword = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings:Checkout"] = database.ConnectionString,
        };
        if (environmentPassword is not null)
        {
            environment["CHECKOUT_ADMIN_PASSWORD"] = environmentPassword;
        }
        return CheckoutCommand.RunAsync(environment, ["admin", "create", "--email", Email], stdin);
    }
}
