using System.Data.Common;

using OpenCharge.Checkout.Infrastructure.Identity;
using OpenCharge.Checkout.Sandbox.Seeding;

namespace OpenCharge.Checkout.Web.Hosting;

/// <summary>
/// <c>Checkout.Web admin create --email someone@example.com</c> (README, "Production"): the operator's one-time way to
/// the first admin where no account is seeded. The password comes from <c>CHECKOUT_ADMIN_PASSWORD</c> or one line of
/// stdin, never from a file in the repository. It migrates, creates the admin and prints one line: exit 0, or non-zero
/// with a one-line reason.
/// </summary>
internal static class AdminCommand
{
    public const string PasswordVariable = "CHECKOUT_ADMIN_PASSWORD";
    public const string Usage = "usage: admin create --email <address>   (password from CHECKOUT_ADMIN_PASSWORD or one line on stdin)";

    private const int Refused = 1;
    private const int Misused = 2;

    /// <summary>The host's own log lines (start-up warnings, EF's probe of a fresh database) would bury the one answer line.</summary>
    public static string[] HostArguments { get; } = ["--Logging:Console:LogLevel:Default=None"];

    public static bool IsInvoked(string[] args) => args is ["admin", ..];

    public static async Task<int> RunAsync(WebApplication app, string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        if (args is not ["admin", "create", "--email", var email] || string.IsNullOrWhiteSpace(email))
        {
            await error.WriteLineAsync(Usage);
            return Misused;
        }
        var password = Environment.GetEnvironmentVariable(PasswordVariable) is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : await input.ReadLineAsync();
        if (string.IsNullOrEmpty(password))
        {
            await error.WriteLineAsync($"admin create: no password; set {PasswordVariable} or write it as one line on stdin.");
            return Misused;
        }

        string? refusal;
        try
        {
            refusal = await CreateAsync(app, email, password);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or TimeoutException)
        {
            // With logging silenced this line is all the operator sees; a database that cannot be reached is the usual case.
            refusal = "failed: " + ex.Message.ReplaceLineEndings(" ");
        }
        if (refusal is not null)
        {
            await error.WriteLineAsync($"admin create: {refusal}");
            return Refused;
        }
        await output.WriteLineAsync($"Created admin {email}; sign in at /account/login.");
        return 0;
    }

    private static async Task<string?> CreateAsync(WebApplication app, string email, string password)
    {
        await app.MigrateAsync();
        // The published demo passwords are refused whatever the mode: they are in appsettings.json and the README.
        var demo = app.Configuration.GetSection(DemoSeedOptions.Section).Get<DemoSeedOptions>() ?? new DemoSeedOptions();
        await using var scope = app.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<CreateAdminAccount>()
            .ExecuteAsync(email, password, [demo.AdminPassword, demo.MerchantPassword, demo.ShopperPassword]);
        return created.IsSuccess ? null : created.Error.Message;
    }
}
