namespace OpenCharge.Checkout.Infrastructure.Identity;

/// <summary>
/// An admin's lock is a lockout without end; a lockout for failed attempts ends after minutes. The sign-in form tells
/// the two apart, so a suspended user is not told to wait and try again.
/// </summary>
internal static class AccountSuspension
{
    public static DateTimeOffset LockedUntil => DateTimeOffset.MaxValue;

    // PostgreSQL stores the end as 'infinity' or with microsecond precision, so compare with room to spare.
    public static bool IsSuspended(DateTimeOffset? lockoutEnd) => lockoutEnd > LockedUntil.AddYears(-1);
}
