namespace OpenCharge.Checkout.Infrastructure.BackOffice.Transactions;

/// <summary>One page of the grid and how many rows the whole filter matches.</summary>
public sealed record TransactionPage(IReadOnlyList<TransactionRow> Rows, int Total);
