namespace OpenCharge.Checkout.Infrastructure.BackOffice.Users;

/// <summary>What became of an admin's change to a user; the page turns each into a sentence.</summary>
public enum UserChange
{
    Done,
    UserNotFound,

    /// <summary>Only Merchant and Admin are granted here; Shopper comes with registration.</summary>
    RoleNotManaged,

    /// <summary>An admin may not take away their own Admin role: the last admin could lock everyone out.</summary>
    OwnAdminRole,

    /// <summary>An admin may not lock their own account.</summary>
    OwnLockout,
}
