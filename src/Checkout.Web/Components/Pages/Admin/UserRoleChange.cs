using OpenCharge.Checkout.Infrastructure.BackOffice.Users;

namespace OpenCharge.Checkout.Web.Components.Pages.Admin;

/// <summary>A click on grant or revoke: which user, which role, and which way.</summary>
public sealed record UserRoleChange(UserSummary User, string Role, bool Grant);
