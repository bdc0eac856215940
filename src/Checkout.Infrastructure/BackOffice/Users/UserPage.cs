namespace OpenCharge.Checkout.Infrastructure.BackOffice.Users;

/// <summary>One page of a user search and how many users match in all.</summary>
public sealed record UserPage(IReadOnlyList<UserSummary> Users, int Total);
