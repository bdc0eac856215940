using System.Text.Json;

using OpenCharge.Checkout.E2E.Fixtures;

namespace OpenCharge.Checkout.E2E.Security;

/// <summary>
/// After the whole E2E suite (test.sh runs this category last, on its own, into its own TRX): the output of every app
/// process the suite started holds no key, signature, password or token.
/// </summary>
[Trait("Category", Category)]
public sealed class AppLogSecretsTests
{
    public const string Category = "LogScan";

    [Fact]
    public void AppLogs_OfTheWholeRun_HoldNoSecrets()
    {
        var files = Directory.GetFiles(AppLogs.Directory, AppLogs.LogPattern);
        Assert.True(files.Length > 0, $"No app logs in {AppLogs.Directory}: run this after the E2E suite, as test.sh does.");
        var secrets = KnownSecrets();

        var findings = files.SelectMany(file => LogScanner.Scan(Path.GetFileName(file), File.ReadLines(file), secrets)).ToList();

        Assert.True(findings.Count == 0, $"{findings.Count} secrets in the app logs of {files.Length} processes:{Environment.NewLine}"
            + string.Join(Environment.NewLine, findings.Take(50)));
    }

    /// <summary>What the suite used: the test accounts, the published demo accounts, and whatever the run recorded.</summary>
    private static HashSet<string> KnownSecrets()
    {
        var secrets = new HashSet<string>(LoggedSecrets.Read(), StringComparer.Ordinal)
        {
            AccountForms.Password,
            DemoAccount.AdminAuthenticatorKey,
        };
        secrets.UnionWith(DemoAccount.All.Select(static account => account.Password));
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(CheckoutHost.AppDirectory(), "appsettings.json")));
        if (settings.RootElement.TryGetProperty("DemoSeed", out var demoSeed))
        {
            secrets.UnionWith(demoSeed.EnumerateObject()
                .Where(static field => field.Name.EndsWith("Password", StringComparison.Ordinal) || field.Name.EndsWith("Key", StringComparison.Ordinal))
                .Select(static field => field.Value.GetString() ?? ""));
        }
        secrets.RemoveWhere(static secret => secret.Length == 0);
        return secrets;
    }
}
