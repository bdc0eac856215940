namespace OpenCharge.Checkout.Web.Accounts;

/// <summary>Where one step of signing in leaves the person at the form.</summary>
internal enum SignInOutcome
{
    /// <summary>Unknown email, wrong password or wrong code: one answer for all, so the form reveals nothing.</summary>
    Failed,
    LockedOut,

    /// <summary>An admin locked the account; waiting does not help.</summary>
    Suspended,
    SignedIn,

    /// <summary>The password was right; an authenticator or recovery code comes next.</summary>
    SecondFactorRequired,

    /// <summary>An admin without a second factor: signed in, but holding no Admin role until they enrol.</summary>
    EnrolmentRequired,
}

/// <summary>The outcome and, once signed in, the roles that choose the landing page.</summary>
internal sealed record SignInStep(SignInOutcome Outcome, IReadOnlyList<string> Roles)
{
    public static SignInStep Failed { get; } = new(SignInOutcome.Failed, []);

    public static SignInStep LockedOut { get; } = new(SignInOutcome.LockedOut, []);

    public static SignInStep Suspended { get; } = new(SignInOutcome.Suspended, []);
}
