using OpenCharge.Checkout.Infrastructure.Identity;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Identity;

public sealed class AdminPasswordRulesTests
{
    private const string Email = "ops@example.test";
    private static readonly string?[] DemoPasswords = ["Admin#2026demo", "Merchant#2026demo", "Shopper#2026demo"];

    [Fact]
    public void Weakness_LongUnguessablePassword_IsNone()
    {
        var weakness = AdminPasswordRules.Weakness("Vellum-Orbit-Tangerine-42", Email, DemoPasswords);

        Assert.Null(weakness);
    }

    [Fact]
    public void Weakness_ShorterThanTwelve_NamesTheLength()
    {
        var weakness = AdminPasswordRules.Weakness("Xq7#vLp2!mZ", Email, DemoPasswords);

        Assert.Equal("The password must be at least 12 characters long.", weakness);
    }

    [Fact]
    public void Weakness_ContainsEmailName_IgnoringCase_IsRefused()
    {
        var weakness = AdminPasswordRules.Weakness("Vellum-OPS-Tangerine-42", Email, DemoPasswords);

        Assert.Equal("The password must not contain the email address's name.", weakness);
    }

    [Theory]
    [InlineData("Admin#2026demo")]
    [InlineData("Merchant#2026demo")]
    [InlineData("Shopper#2026demo")]
    public void Weakness_PublishedDemoPassword_IsRefused(string password)
    {
        var weakness = AdminPasswordRules.Weakness(password, Email, DemoPasswords);

        Assert.Equal("The password is a published demo password.", weakness);
    }

    [Theory]
    [InlineData("Password123!")]
    [InlineData("qwertyuiop123")]
    [InlineData("OpenCharge2026!")]
    public void Weakness_GuessablePassword_ReportsItsStrength(string password)
    {
        var weakness = AdminPasswordRules.Weakness(password, Email, DemoPasswords);

        Assert.NotNull(weakness);
        Assert.StartsWith("The password is too easy to guess", weakness);
    }
}
