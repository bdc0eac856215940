using System.Security.Claims;

using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

using MudBlazor;

using OpenCharge.Checkout.Infrastructure.BackOffice.Users;

namespace OpenCharge.Checkout.Web.Components.Pages.Admin;

/// <summary>Users with their roles, 2FA and lockout; changes go through <see cref="ManageUsers"/> in their own scope.</summary>
public sealed partial class UsersPage
{
    private MudTable<UserSummary>? _table;
    private string? _search;
    private string? _message;
    private bool _failed;

    [CascadingParameter]
    private Task<AuthenticationState> Authentication { get; set; } = default!;

    [Inject]
    private IServiceScopeFactory Scopes { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    private DateTimeOffset Now => Time.GetUtcNow();

    private async Task<TableData<UserSummary>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        await using var scope = Scopes.CreateAsyncScope();
        var page = await scope.ServiceProvider.GetRequiredService<UserDirectory>().SearchAsync(_search, state.Page, state.PageSize, cancellationToken);
        return new TableData<UserSummary> { Items = page.Users, TotalItems = page.Total };
    }

    private async Task SearchAsync(string? text)
    {
        _search = text;
        await ReloadAsync();
    }

    private Task ChangeRoleAsync(UserRoleChange change) => ApplyAsync(change.User, (manage, actor) =>
        manage.ChangeRoleAsync(actor, change.User.Id, change.Role, change.Grant, CancellationToken.None));

    private Task SetLockedAsync(UserSummary user) => ApplyAsync(user, (manage, actor) =>
        manage.SetLockedAsync(actor, user.Id, !user.IsLockedOutAt(Now), CancellationToken.None));

    private async Task ApplyAsync(UserSummary user, Func<ManageUsers, Actor, Task<UserChange>> change)
    {
        var principal = (await Authentication).User;
        var actor = new Actor(principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", principal.Identity?.Name ?? "");
        await using var scope = Scopes.CreateAsyncScope();
        var outcome = await change(scope.ServiceProvider.GetRequiredService<ManageUsers>(), actor);
        _failed = outcome != UserChange.Done;
        _message = outcome switch
        {
            UserChange.Done => L["{0} updated.", user.Email],
            UserChange.OwnAdminRole => L["You cannot remove your own Admin role."],
            UserChange.OwnLockout => L["You cannot lock your own account."],
            UserChange.UserNotFound => L["That user no longer exists."],
            _ => L["Only the Merchant and Admin roles are managed here."],
        };
        await ReloadAsync();
    }

    private Task ReloadAsync() => _table?.ReloadServerData() ?? Task.CompletedTask;
}
