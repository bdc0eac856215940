using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Web.Localization;

namespace OpenCharge.Checkout.UnitTests.Web.Localization;

public sealed class DomainErrorTextTests
{
    private static readonly IReadOnlyDictionary<string, string> English = ResourceFile.Load(ResourceFile.English);
    private static readonly IReadOnlyDictionary<string, string> Arabic = ResourceFile.Load(ResourceFile.Arabic);

    [Fact]
    public void Source_ProducesSomeCodes() => Assert.Contains("session.expired", DomainErrorCodes.All);

    [Fact]
    public void For_EveryCodeInSource_HasItsOwnSentenceInEnglishAndArabic()
    {
        var fallback = Key("no.such_code");

        var problems = DomainErrorCodes.All.Order(StringComparer.Ordinal)
            .Select(code => (Code: code, Key: Key(code)))
            .Where(c => c.Key == fallback || !English.ContainsKey(c.Key) || !Arabic.ContainsKey(c.Key))
            .Select(c => $"{c.Code} → {c.Key}")
            .ToList();

        Assert.True(problems.Count == 0, "Codes without a sentence of their own in both .resx files (add them to DomainErrorText):"
            + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void For_InArabic_IsTheArabicSentenceNotTheDomainsEnglish()
    {
        using var arabic = new CultureScope("ar");

        var text = DomainErrorText.For(SessionErrors.Expired(SessionId.New()), ResourceLocalizer.Shared);

        Assert.Equal("انتهت صلاحية عملية الدفع هذه. لم يُخصم منك أي مبلغ.", text.Value);
    }

    [Fact]
    public void For_UnknownCode_NamesTheCodeButNotTheEnglishMessage()
    {
        var text = DomainErrorText.For(new DomainError("remote.odd_failure", "Some English detail"), ResourceLocalizer.Shared);

        Assert.Equal("That did not work (error remote.odd_failure). Try again, or ask for help.", text.Value);
    }

    private static string Key(string code) => DomainErrorText.For(new DomainError(code, ""), ResourceLocalizer.Shared).Name;
}
