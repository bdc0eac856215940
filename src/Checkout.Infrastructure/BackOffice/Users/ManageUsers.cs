using System.Text.Json;

using Microsoft.AspNetCore.Identity;

using OpenCharge.Checkout.Domain.Audit;
using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Infrastructure.Identity;

namespace OpenCharge.Checkout.Infrastructure.BackOffice.Users;

/// <summary>
/// Grants or revokes Merchant and Admin, locks and unlocks accounts. Identity's writes and the audit line share one
/// transaction (the user store and the audit log use the same scoped context), so no change goes unrecorded.
/// </summary>
internal sealed class ManageUsers(UserManager<ApplicationUser> users, IUnitOfWork unitOfWork, IAuditLog audit, TimeProvider time)
{
    public static readonly IReadOnlyList<string> ManagedRoles = [Roles.Merchant, Roles.Admin];

    /// <summary>Grants <paramref name="role"/> when <paramref name="grant"/>, revokes it otherwise; the actor is the signed-in admin.</summary>
    public async Task<UserChange> ChangeRoleAsync(Actor actor, string userId, string role, bool grant, CancellationToken cancellationToken)
    {
        if (!ManagedRoles.Contains(role))
        {
            return UserChange.RoleNotManaged;
        }
        if (!grant && role == Roles.Admin && userId == actor.UserId)
        {
            return UserChange.OwnAdminRole;
        }
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return UserChange.UserNotFound;
        }
        var before = await users.GetRolesAsync(user);
        if (before.Contains(role) == grant)
        {
            return UserChange.Done;
        }
        (grant ? await users.AddToRoleAsync(user, role) : await users.RemoveFromRoleAsync(user, role)).EnsureSucceeded("change the roles");
        // The user's cookie carries the old roles until its security stamp is checked again.
        (await users.UpdateSecurityStampAsync(user)).EnsureSucceeded("update the user");
        var after = await users.GetRolesAsync(user);
        await CommitAsync(transaction, actor, AuditActions.UserRolesChanged, user, new { roles = before.Order() }, new { roles = after.Order() }, cancellationToken);
        return UserChange.Done;
    }

    public async Task<UserChange> SetLockedAsync(Actor actor, string userId, bool locked, CancellationToken cancellationToken)
    {
        if (locked && userId == actor.UserId)
        {
            return UserChange.OwnLockout;
        }
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return UserChange.UserNotFound;
        }
        var before = new { lockedUntil = user.LockoutEnd };
        if (locked)
        {
            (await users.SetLockoutEnabledAsync(user, true)).EnsureSucceeded("update the user");
            (await users.SetLockoutEndDateAsync(user, AccountSuspension.LockedUntil)).EnsureSucceeded("update the user");
            (await users.UpdateSecurityStampAsync(user)).EnsureSucceeded("update the user");
        }
        else
        {
            (await users.SetLockoutEndDateAsync(user, null)).EnsureSucceeded("update the user");
            (await users.ResetAccessFailedCountAsync(user)).EnsureSucceeded("update the user");
        }
        var action = locked ? AuditActions.UserLockedOut : AuditActions.UserUnlocked;
        await CommitAsync(transaction, actor, action, user, before, new { lockedUntil = user.LockoutEnd }, cancellationToken);
        return UserChange.Done;
    }

    private async Task CommitAsync(IUnitOfWorkScope transaction, Actor actor, string action, ApplicationUser user, object before, object after, CancellationToken cancellationToken)
    {
        audit.Append(AuditEvent.Record(time.GetUtcNow(), actor.Email, action, user.Email ?? user.Id, JsonSerializer.Serialize(before), JsonSerializer.Serialize(after)));
        await transaction.CommitAsync(cancellationToken);
    }
}
