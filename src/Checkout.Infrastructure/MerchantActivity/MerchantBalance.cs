using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Infrastructure.MerchantActivity;

/// <summary>What we owe one merchant OCID we settle directly, in one currency.</summary>
public sealed record MerchantBalance(Ocid Merchant, Money Balance);
