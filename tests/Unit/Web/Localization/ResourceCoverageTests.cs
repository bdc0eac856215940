using System.Text.RegularExpressions;

namespace OpenCharge.Checkout.UnitTests.Web.Localization;

/// <summary>
/// Every key the source asks for has an English and an Arabic entry, and every entry is still asked for. A failure lists
/// each key with the file:line that uses it; scripts/l10n-missing-keys.sh runs just these tests.
/// </summary>
public sealed partial class ResourceCoverageTests
{
    private static readonly IReadOnlyDictionary<string, string> English = ResourceFile.Load(ResourceFile.English);
    private static readonly IReadOnlyDictionary<string, string> Arabic = ResourceFile.Load(ResourceFile.Arabic);

    [Fact]
    public void Source_AsksForSomeKeys() => Assert.Contains(LocalizedSource.Keys, use => use.Key == "Sign in to pay");

    [Fact]
    public void EveryKeyInSource_HasAnEnglishEntry() => AssertNone(MissingFrom(English), InResources(ResourceFile.English), "keys used in src/ without an entry");

    [Fact]
    public void EveryKeyInSource_HasAnArabicEntry() => AssertNone(MissingFrom(Arabic), InResources(ResourceFile.Arabic), "keys used in src/ without an entry");

    [Fact]
    public void EveryEnglishEntry_IsUsed() => AssertNone(Unused(English), InResources(ResourceFile.English), "entries no key in src/ asks for");

    [Fact]
    public void EveryArabicEntry_IsUsed() => AssertNone(Unused(Arabic), InResources(ResourceFile.Arabic), "entries no key in src/ asks for");

    [Fact]
    public void EveryEnglishEntry_IsItsOwnKey() =>
        AssertNone([.. English.Where(e => e.Value != e.Key).Select(e => e.Key)], InResources(ResourceFile.English), "entries whose text differs from the key (change the key in src/ instead)");

    [Fact]
    public void EveryArabicEntry_KeepsTheKeysPlaceholders() =>
        AssertNone([.. Arabic.Where(e => !Placeholders(e.Value).SetEquals(Placeholders(e.Key))).Select(e => $"{e.Key} → {e.Value}")],
            InResources(ResourceFile.Arabic), "entries whose {0}-style placeholders differ from the key's");

    [Fact]
    public void EveryArabicEntry_IsTranslated() =>
        AssertNone([.. Arabic.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key)], InResources(ResourceFile.Arabic), "empty entries");

    [Fact]
    public void Source_IndexesLocalizersOnlyWithLiterals() =>
        AssertNone([.. LocalizedSource.NonLiteralKeys.Select(use => $"{use.Key}  ({use})")], "src/", "keys that are not string literals, which no check can follow");

    private static List<string> MissingFrom(IReadOnlyDictionary<string, string> resources) =>
        [.. LocalizedSource.Keys.Where(use => !resources.ContainsKey(use.Key))
            .GroupBy(use => use.Key, StringComparer.Ordinal)
            .Select(uses => $"{uses.Key}  ({string.Join(", ", uses)})")];

    private static List<string> Unused(IReadOnlyDictionary<string, string> resources)
    {
        var used = LocalizedSource.Keys.Select(use => use.Key).ToHashSet(StringComparer.Ordinal);
        return [.. resources.Keys.Where(key => !used.Contains(key)).Order(StringComparer.Ordinal)];
    }

    private static HashSet<string> Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => m.Value)];

    private static string InResources(string fileName) => $"{ResourceFile.Directory}/{fileName}";

    private static void AssertNone(List<string> problems, string where, string what) =>
        Assert.True(problems.Count == 0, $"{where}: {problems.Count} {what}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");

    [GeneratedRegex(@"\{\d+(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
