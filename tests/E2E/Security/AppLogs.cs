namespace OpenCharge.Checkout.E2E.Security;

/// <summary>
/// Where every app process the E2E tests start writes its output (one file per process start), for the secrets scan
/// that runs after the whole suite (<see cref="AppLogSecretsTests"/>). test.sh points <see cref="Variable"/> at a fresh
/// directory per run; without it the logs go beside the test assembly.
/// </summary>
public static class AppLogs
{
    public const string Variable = "CHECKOUT_E2E_LOG_DIR";
    public const string LogPattern = "*.log";

    public static string Directory { get; } = Create();

    /// <summary>A new, empty file for one process start.</summary>
    public static string NewLogFile(string what) => Path.Combine(Directory, $"{what}-{DateTime.UtcNow:HHmmss}-{Guid.NewGuid():N}.log");

    private static string Create()
    {
        var directory = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "app-logs");
        System.IO.Directory.CreateDirectory(directory);
        return directory;
    }
}
