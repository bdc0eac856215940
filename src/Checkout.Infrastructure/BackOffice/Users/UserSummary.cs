namespace OpenCharge.Checkout.Infrastructure.BackOffice.Users;

/// <summary>A user as the back office lists them: who, which roles, whether locked out and whether 2FA is on.</summary>
public sealed record UserSummary(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, DateTimeOffset? LockedUntil, bool TwoFactorEnabled)
{
    public bool IsLockedOutAt(DateTimeOffset now) => LockedUntil is { } until && until > now;
}
