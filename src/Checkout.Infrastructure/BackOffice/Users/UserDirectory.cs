using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.BackOffice.Users;

/// <summary>Searches users by email or display name, a page at a time, with their roles.</summary>
internal sealed class UserDirectory(IDbContextFactory<CheckoutDbContext> contexts)
{
    public async Task<UserPage> SearchAsync(string? text, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = LikePatterns.Containing(text);
            users = users.Where(u => EF.Functions.ILike(u.Email!, pattern, LikePatterns.Escape) || EF.Functions.ILike(u.DisplayName, pattern, LikePatterns.Escape));
        }
        var total = await users.CountAsync(cancellationToken);
        var rows = await users
            .OrderBy(u => u.Email)
            .Skip(page * pageSize)
            .Take(pageSize)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.DisplayName,
                u.LockoutEnd,
                u.TwoFactorEnabled,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .ToListAsync(cancellationToken);
        return new UserPage(
            [.. rows.Select(r => new UserSummary(r.Id, r.Email ?? "", r.DisplayName, [.. r.Roles.Order()], r.LockoutEnd, r.TwoFactorEnabled))],
            total);
    }
}
