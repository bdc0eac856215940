namespace OpenCharge.Checkout.E2E.Security;

/// <summary>The scanner that guards the app logs must itself fail on a planted secret, or its green means nothing.</summary>
public sealed class LogScannerTests
{
    private const string Clean = "12:00:00.000 info: Microsoft.Hosting.Lifetime[14] Now listening on: http://127.0.0.1:5080";
    private const string Signature = "1b2c3d4e5f60718293a4b5c6d7e8f90112233445566778899aabbccddeeff00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff0011b";

    [Theory]
    [InlineData("warn: Peer answered with X-OC-Signature: " + Signature, "an X-OC-Signature value")]
    [InlineData("info: proof {\"txid\":\"tx_1\",\"signature\":\"" + Signature + "\"}", "a signature field")]
    [InlineData("dbug: Cookie: .AspNetCore.Identity.Application=CfDJ8Abcdefghijklmnopqrstuvwxyz0123456789", "a sign-in or antiforgery cookie")]
    [InlineData("dbug: form __RequestVerificationToken=CfDJ8Abcdefghijklmnopqrstuvwxyz", "an antiforgery token")]
    [InlineData("dbug: Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0", "a bearer token")]
    [InlineData("info: enrolling otpauth://totp/OpenCharge%20Checkout:a%40b?secret=JBSWY3DPEHPK3PXP", "an authenticator key URI")]
    [InlineData("info: login attempt {\"email\":\"a@b\",\"password\":\"Hunter2-secret\"}", "a password value")]
    [InlineData("info: Opencharge:SigningKey = 4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318", "a private, signing or master key value")]
    public void Scan_LineWithSecretShape_ReportsItsKind(string line, string kind)
    {
        var findings = LogScanner.Scan("app.log", [Clean, line], []);

        var finding = Assert.Single(findings);
        Assert.Equal(kind, finding.Kind);
        Assert.Equal(2, finding.Line);
    }

    [Fact]
    public void Scan_PlantedKnownSecret_IsFoundWithoutBeingEchoed()
    {
        const string planted = "Fresh#e2e2026";

        var findings = LogScanner.Scan("app.log", [Clean, "info: user typed " + planted + " somewhere"], [planted]);

        var finding = Assert.Single(findings);
        Assert.Equal("a secret value the tests used", finding.Kind);
        Assert.DoesNotContain(planted, finding.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Clean)]
    [InlineData("info: Signed in user {\"password\":\"[Redacted]\"}")]
    [InlineData("info: Password sign-in failed for a@b.test")]
    [InlineData("info: Created demo Admin account admin@e2e.test")]
    [InlineData("warn: Peer 300 answered without X-OC-Signature; accepted (decisions.md G7)")]
    public void Scan_OrdinaryLine_FindsNothing(string line)
    {
        Assert.Empty(LogScanner.Scan("app.log", [line], ["Fresh#e2e2026"]));
    }
}
