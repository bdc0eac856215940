using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Infrastructure.MerchantActivity;

/// <summary>Which statement: one OCID's account in one currency, entries from <see cref="From"/> (inclusive) to <see cref="To"/> (exclusive).</summary>
public sealed record StatementRange(Ocid Merchant, Currency Currency, DateTimeOffset From, DateTimeOffset To);
