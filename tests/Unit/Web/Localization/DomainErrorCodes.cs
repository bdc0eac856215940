using System.Text.RegularExpressions;

using OpenCharge.Checkout.TestSupport;

namespace OpenCharge.Checkout.UnitTests.Web.Localization;

/// <summary>
/// Every <see cref="OpenCharge.Checkout.Domain.Common.DomainError"/> code the application can produce, read from the
/// source as <see cref="LocalizedSource"/> reads resource keys: the literal first argument of <c>new DomainError(…)</c>
/// or of a target-typed <c>new(…)</c> in a file about DomainError, and every <c>const string …Code</c> there.
/// </summary>
public static partial class DomainErrorCodes
{
    private static readonly string[] Projects = ["Checkout.Domain", "Checkout.Infrastructure", "Checkout.Web"];

    public static IReadOnlySet<string> All { get; } = Scan();

    private static HashSet<string> Scan()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var project in Projects)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src", project), "*.cs", SearchOption.AllDirectories)
                         .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
            {
                var text = File.ReadAllText(file);
                if (!text.Contains("DomainError", StringComparison.Ordinal))
                {
                    continue;
                }
                codes.UnionWith(CodePattern().Matches(text).Select(m => m.Groups["code"].Value));
            }
        }
        return codes;
    }

    [GeneratedRegex("""(?:\bnew(?: DomainError)?\(\s*|const string \w+Code = )"(?<code>[a-z_]+\.[a-z_]+)"[,;]""")]
    private static partial Regex CodePattern();
}
