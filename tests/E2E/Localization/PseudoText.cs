using System.Text.RegularExpressions;

using Microsoft.Playwright;

namespace OpenCharge.Checkout.E2E.Localization;

/// <summary>
/// The text a page shows (visible text nodes, and the aria-label, title, placeholder and alt a screen reader reads) that
/// did not come through the pseudo-locale's resources, i.e. outside every "[!! … !!]", and is not data: numbers,
/// amounts, codes such as USD or UTC, ids, or the names and addresses the test put there itself.
/// </summary>
public static partial class PseudoText
{
    // Text marked as another language (the picker's language names) is not in the page's language, so not its UI text.
    private const string ReadTextScript = """
        () => {
            const texts = [];
            const pageLang = document.documentElement.lang;
            const foreign = element => { const marked = element.closest('[lang]'); return marked && marked !== document.documentElement && marked.lang !== pageLang; };
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const element = node.parentElement;
                if (!node.nodeValue.trim() || !element || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(element.tagName)) continue;
                if (foreign(element) || !element.checkVisibility()) continue;
                texts.push(node.nodeValue.trim());
            }
            for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder], img[alt]')) {
                if (foreign(element) || !element.checkVisibility()) continue;
                for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
                    const value = element.getAttribute(name);
                    if (value && value.trim()) texts.push(value.trim());
                }
            }
            return texts;
        }
        """;

    /// <summary>Each text on <paramref name="page"/> with something left outside the markers that is not data.</summary>
    public static async Task<IReadOnlyList<string>> UnlocalizedAsync(IPage page, IReadOnlyCollection<string> data)
    {
        var texts = await page.EvaluateAsync<string[]>(ReadTextScript);
        return [.. texts.Where(text => !IsLocalizedOrData(text, data)).Distinct()];
    }

    private static bool IsLocalizedOrData(string text, IReadOnlyCollection<string> data)
    {
        // Innermost first: an argument may itself be a resource string ("[!! Payment to [!! OCID 5 !!] !!]").
        var rest = text;
        for (var previous = ""; previous != rest;)
        {
            previous = rest;
            rest = Wrapped().Replace(rest, " ");
        }
        rest = data.Where(d => d.Length > 0).Aggregate(rest, (left, known) => left.Replace(known, " ", StringComparison.Ordinal));
        return rest.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).All(DataToken().IsMatch);
    }

    [GeneratedRegex(@"\[!! (?:(?!\[!! ).)*? !!\]", RegexOptions.Singleline)]
    private static partial Regex Wrapped();

    // Punctuation alone, anything with a digit (amounts, times, ids), or a code or initial in capitals (USD, UTC, OCID, D).
    [GeneratedRegex(@"^(?:[\p{P}\p{S}]+|\S*\d\S*|[A-Z]{1,5})$")]
    private static partial Regex DataToken();
}
