using OpenCharge.Checkout.Domain.Sessions.Qr;

namespace OpenCharge.Checkout.UnitTests.Domain.Sessions.Qr;

public sealed class QrShortCodeTests
{
    [Theory]
    [InlineData("ABCD-EFGH")]
    [InlineData("abcdefgh")]
    [InlineData("abcd-EFGH")]
    public void TryParse_HyphenOrCaseVariants_ReadTheSameCode(string typed)
    {
        Assert.True(QrShortCode.TryParse(typed, out var code));

        Assert.Equal("ABCDEFGH", code.Value);
        Assert.Equal("ABCD-EFGH", code.Display);
    }

    [Theory]
    [InlineData("ABCD0FGH")]
    [InlineData("ABCDOFGH")]
    [InlineData("ABCD1FGH")]
    [InlineData("ABCDIFGH")]
    [InlineData("ABCDEFG")]
    [InlineData("ABCDEFGHJ")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_AmbiguousCharacterOrWrongLength_IsRefused(string? typed)
    {
        Assert.False(QrShortCode.TryParse(typed, out _));
    }

    [Fact]
    public void Alphabet_HasThirtyTwoDistinctCharacters_FortyBitsPerCode()
    {
        Assert.Equal(32, QrShortCode.Alphabet.Distinct().Count());
    }
}
