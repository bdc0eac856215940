using System.Text.RegularExpressions;

using OpenCharge.Checkout.TestSupport;

namespace OpenCharge.Checkout.UnitTests.Web.Localization;

/// <summary>Where a resource key is used: the key as the C# literal spells it, unescaped, and its file:line.</summary>
public sealed record KeyUse(string Key, string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}

/// <summary>
/// The resource keys the UI asks for, read from the source: every <c>L["…"]</c>, <c>l["…"]</c> and
/// <c>…localizer["…"]</c> in the .razor and .cs files under src/, and every index into a localizer that is not a
/// literal (which no check could follow).
/// </summary>
public static partial class LocalizedSource
{
    public static IReadOnlyList<KeyUse> Keys { get; } = Scan(KeyPattern());

    /// <summary>Indexes such as <c>L[name]</c> or <c>L[$"…"]</c>, whose key only exists at run time.</summary>
    public static IReadOnlyList<KeyUse> NonLiteralKeys { get; } = Scan(NonLiteralPattern());

    private static List<KeyUse> Scan(Regex pattern)
    {
        var src = Path.Combine(RepositoryRoot.Path, "src");
        var uses = new List<KeyUse>();
        foreach (var file in Directory.EnumerateFiles(src, "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            var relative = Path.GetRelativePath(RepositoryRoot.Path, file).Replace('\\', '/');
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match match in pattern.Matches(lines[i]))
                {
                    uses.Add(new KeyUse(Regex.Unescape(match.Groups["key"].Value), relative, i + 1));
                }
            }
        }
        return uses;
    }

    [GeneratedRegex("""(?<![\w.])(?:L|l|[A-Za-z_]*[Ll]ocalizer)\[\s*"(?<key>(?:[^"\\]|\\.)*)"\s*[,\]]""")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("""(?<![\w.])(?:L|[A-Za-z_]*[Ll]ocalizer)\[\s*(?<key>[^"\s\]][^\]]*)\]""")]
    private static partial Regex NonLiteralPattern();
}
