using Bunit;

using OpenCharge.Checkout.Web.Components.Account;

namespace OpenCharge.Checkout.UnitTests.Web.Components.Account;

public sealed class TwoFactorComponentsTests : ComponentTestContext
{
    private const string Key = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    [Fact]
    public void AuthenticatorKey_ShowsTheKeyGroupedByFourAndItsQrCode()
    {
        var view = Render<AuthenticatorKey>(parameters => parameters
            .Add(p => p.Key, Key)
            .Add(p => p.Uri, "otpauth://totp/x?secret=" + Key));

        var key = view.Find("[data-testid=authenticator-key]");
        Assert.Equal("JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP", key.TextContent.Trim());
        Assert.Equal(Key, key.GetAttribute("data-key"));
        Assert.StartsWith("data:image/png;base64,", view.Find("img").GetAttribute("src"), StringComparison.Ordinal);
    }

    [Fact]
    public void RecoveryCodeList_ShowsEveryCodeAndContinuesToTheGivenPage()
    {
        string[] codes = ["AB2CD-EF3GH", "JK4LM-NP5QR"];

        var view = Render<RecoveryCodeList>(parameters => parameters
            .Add(p => p.Codes, codes)
            .Add(p => p.ContinueHref, "/admin"));

        Assert.Equal(codes, view.FindAll("[data-testid=recovery-codes] code").Select(static code => code.TextContent));
        Assert.Equal("/admin", view.Find("a:contains('Continue')").GetAttribute("href"));
    }
}
