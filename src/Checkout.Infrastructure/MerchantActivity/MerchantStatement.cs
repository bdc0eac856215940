using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Infrastructure.MerchantActivity;

/// <summary>A page of a statement: the balance before the range, one page of its lines, and how many lines the range has.</summary>
public sealed record MerchantStatement(Money Opening, IReadOnlyList<StatementLine> Lines, int TotalCount);
