using Microsoft.AspNetCore.Identity;

namespace OpenCharge.Checkout.Infrastructure.Identity;

public static class IdentityResultExtensions
{
    /// <summary>Identity's error descriptions in one sentence, for a log line or a one-line command answer.</summary>
    public static string Describe(this IdentityResult result) => string.Join(" ", result.Errors.Select(static e => e.Description));

    /// <summary>For set-up steps that must not half-succeed: a failure stops the start.</summary>
    public static void EnsureSucceeded(this IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {what}: {result.Describe()}");
        }
    }
}
