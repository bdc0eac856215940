using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Partners;

public static class PartnerErrors
{
    public const string InvalidCode = "partner.invalid";

    public static DomainError Invalid(Ocid ocid, string why) => new(InvalidCode, $"Partner {ocid}: {why}");
}
