using System.Text.RegularExpressions;

namespace OpenCharge.Checkout.E2E.Security;

/// <summary>
/// Finds secrets in log text two ways: values we know are secret (passwords, keys, codes, cookies the tests used), and
/// shapes that are secret whatever their value (a signature header, a cookie or antiforgery token, a bearer token, an
/// otpauth URI, a password or key field). A finding names the file, line and kind, never the secret itself.
/// </summary>
public static partial class LogScanner
{
    public sealed record Finding(string File, int Line, string Kind)
    {
        public override string ToString() => $"{File}:{Line}: {Kind}";
    }

    private static readonly (string Kind, Regex Pattern)[] Shapes =
    [
        ("an X-OC-Signature value", SignatureHeader()),
        ("a signature field", SignatureField()),
        ("a sign-in or antiforgery cookie", AspNetCookie()),
        ("an antiforgery token", AntiforgeryToken()),
        ("a bearer token", BearerToken()),
        ("an authenticator key URI", OtpAuthUri()),
        ("a password value", PasswordField()),
        ("a private, signing or master key value", KeyField()),
    ];

    public static IReadOnlyList<Finding> Scan(string file, IEnumerable<string> lines, IReadOnlyCollection<string> knownSecrets)
    {
        var findings = new List<Finding>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            findings.AddRange(Shapes.Where(shape => shape.Pattern.IsMatch(line)).Select(shape => new Finding(file, number, shape.Kind)));
            if (knownSecrets.Any(secret => line.Contains(secret, StringComparison.Ordinal)))
            {
                findings.Add(new Finding(file, number, "a secret value the tests used"));
            }
        }
        return findings;
    }

    [GeneratedRegex(@"X-OC-Signature[""']?\s*[:=,]\s*[""']?\[?[""']?[0-9a-fA-F]{64,}", RegexOptions.IgnoreCase)]
    private static partial Regex SignatureHeader();

    // Not the tail of "X-OC-Signature", which has its own rule.
    [GeneratedRegex(@"(?<![\w-])[""']?signature[""']?\s*[:=]\s*[""']?[0-9a-fA-F]{64,}", RegexOptions.IgnoreCase)]
    private static partial Regex SignatureField();

    [GeneratedRegex(@"\.AspNetCore\.[A-Za-z.]+=[A-Za-z0-9_\-]{20,}")]
    private static partial Regex AspNetCookie();

    [GeneratedRegex(@"RequestVerificationToken[""']?\s*[:=]\s*[""']?[A-Za-z0-9_\-]{20,}", RegexOptions.IgnoreCase)]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex(@"\bBearer\s+[A-Za-z0-9\-._~+/]{16,}", RegexOptions.IgnoreCase)]
    private static partial Regex BearerToken();

    [GeneratedRegex(@"otpauth://\S*secret=", RegexOptions.IgnoreCase)]
    private static partial Regex OtpAuthUri();

    // A masked value ("***", "[Redacted]") is fine; anything else after a password field is not.
    [GeneratedRegex(@"(password|passwd)[""']?\s*[:=]\s*[""']?(?![*\[]|redacted|null\b|""|')[^\s""',;}]{4,}", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordField();

    [GeneratedRegex(@"(private_?key|signing_?key|master_?key|authenticator_?key)[""']?\s*[:=]\s*[""']?[0-9a-zA-Z]{32,}", RegexOptions.IgnoreCase)]
    private static partial Regex KeyField();
}
