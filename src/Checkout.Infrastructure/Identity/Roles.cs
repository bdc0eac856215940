namespace OpenCharge.Checkout.Infrastructure.Identity;

public static class Roles
{
    public const string Admin = "Admin";
    public const string Merchant = "Merchant";
    public const string Shopper = "Shopper";

    public static readonly IReadOnlyList<string> All = [Admin, Merchant, Shopper];
}
