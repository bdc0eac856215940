using System.Net;
using System.Text.RegularExpressions;

using OpenCharge.Checkout.E2E.Fixtures;

namespace OpenCharge.Checkout.E2E.Security;

/// <summary>Enrolling a signed-in <see cref="FormClient"/> in two-factor sign-in through /account/two-factor.</summary>
public static partial class TwoFactorOverHttp
{
    public const string Path = "/account/two-factor";

    /// <summary>The key (remembered for <paramref name="email"/>) and the recovery codes the page shows once.</summary>
    public static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnrolAsync(FormClient client, string email)
    {
        var page = await client.GetAsync(Path);
        var key = KeyAttribute().Match(page.Body) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException($"{Path} shows no key:{Environment.NewLine}{page.Body}");
        Authenticators.Remember(email, key);

        var enabled = await client.SubmitAsync(Path, "enable-two-factor", new Dictionary<string, string> { ["Input.Code"] = Authenticators.Code(key) });

        Assert.Equal(HttpStatusCode.OK, enabled.Status);
        var codes = RecoveryCode().Matches(enabled.Body).Select(static code => code.Groups[1].Value).ToList();
        codes.ForEach(LoggedSecrets.Remember);
        return (key, codes);
    }

    public static IReadOnlyList<string> RecoveryCodesIn(string body) =>
        [.. RecoveryCode().Matches(body).Select(static code => code.Groups[1].Value)];

    [GeneratedRegex("data-key=\"([A-Z2-7]+)\"")]
    private static partial Regex KeyAttribute();

    [GeneratedRegex("<code>([A-Z0-9]{5}-[A-Z0-9]{5})</code>")]
    private static partial Regex RecoveryCode();
}
