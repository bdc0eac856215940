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

        await app.MigrateAsync();
        // The published demo passwords are refused whatever the mode: they are in appsettings.json and the README.
        var demo = app.Configuration.GetSection(DemoSeedOptions.Section).Get<DemoSeedOptions>() ?? new DemoSeedOptions();
        await using var scope = app.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<CreateAdminAccount>()
            .ExecuteAsync(email, password, [demo.AdminPassword, demo.MerchantPassword, demo.ShopperPassword]);
        if (!created.IsSuccess)
        {
            await error.WriteLineAsync($"admin create: {created.Error.Message}");
            return Refused;
        }
        await output.WriteLineAsync($"Created admin {email}; sign in at /account/login.");
        return 0;
    }
}
