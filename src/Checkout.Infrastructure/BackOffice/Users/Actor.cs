namespace OpenCharge.Checkout.Infrastructure.BackOffice.Users;

/// <summary>The signed-in admin making a change: the id guards against changing themselves, the email is audited.</summary>
public sealed record Actor(string UserId, string Email);
