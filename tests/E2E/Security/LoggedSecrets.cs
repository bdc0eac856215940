namespace OpenCharge.Checkout.E2E.Security;

/// <summary>
/// Secrets the tests only learn while they run (master keys, configured signing keys, enrolled authenticator keys,
/// recovery codes, sign-in and antiforgery cookies), written beside the app logs so that the scan after the suite,
/// in another process, can look for them. Values are kept in this test-only file, never in the app's logs.
/// </summary>
public static class LoggedSecrets
{
    public const string FileName = "known-secrets.txt";
    private const int ShortestWorthLookingFor = 8;
    private static readonly Lock Gate = new();

    public static string FilePath => Path.Combine(AppLogs.Directory, FileName);

    public static void Remember(string? secret)
    {
        if (secret is null || secret.Length < ShortestWorthLookingFor || secret.Contains('\n', StringComparison.Ordinal))
        {
            return;
        }
        lock (Gate)
        {
            File.AppendAllLines(FilePath, [secret]);
        }
    }

    public static IReadOnlyList<string> Read() =>
        File.Exists(FilePath) ? [.. File.ReadAllLines(FilePath).Where(static line => line.Length > 0).Distinct(StringComparer.Ordinal)] : [];
}
