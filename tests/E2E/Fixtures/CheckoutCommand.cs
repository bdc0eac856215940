using System.Diagnostics;

using OpenCharge.Checkout.E2E.Security;

namespace OpenCharge.Checkout.E2E.Fixtures;

/// <summary>
/// Checkout.Web run to completion as an operator runs it (<c>dotnet Checkout.Web.dll [args]</c>, as run.sh does): a
/// one-off command, or a start that is expected to be refused. Only the given environment is added to ours.
/// </summary>
public static class CheckoutCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    public static async Task<CommandResult> RunAsync(IReadOnlyDictionary<string, string> environment, IEnumerable<string> args, string? stdin = null)
    {
        var appDirectory = CheckoutHost.AppDirectory();
        var start = new ProcessStartInfo(CheckoutHost.DotnetHost())
        {
            WorkingDirectory = appDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(appDirectory, "Checkout.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        // Whatever the test runner's own environment holds, only what the test states reaches the app.
        start.Environment.Remove("CHECKOUT_ADMIN_PASSWORD");
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        foreach (var (key, value) in environment)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Checkout.Web did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await process.StandardInput.WriteLineAsync(stdin);
        }
        process.StandardInput.Close();

        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"Checkout.Web {string.Join(' ', args)} did not exit within {Timeout.TotalSeconds:0} s.");
        }
        // stdin and CHECKOUT_ADMIN_PASSWORD carry passwords (admin create).
        LoggedSecrets.Remember(stdin);
        LoggedSecrets.Remember(environment.GetValueOrDefault("CHECKOUT_ADMIN_PASSWORD"));
        var result = new CommandResult(process.ExitCode, await output, await error);
        // Scanned for secrets after the suite, like every app process's output (Security/AppLogSecretsTests).
        await File.WriteAllTextAsync(AppLogs.NewLogFile("command"), result.Output + Environment.NewLine + result.Error);
        return result;
    }
}

/// <summary>What a finished Checkout.Web process left: its exit code and its two output streams.</summary>
public sealed record CommandResult(int ExitCode, string Output, string Error)
{
    /// <summary>The non-empty lines of stdout and stderr together, for "it says one line" assertions.</summary>
    public IReadOnlyList<string> Lines => [.. (Output + "\n" + Error).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
