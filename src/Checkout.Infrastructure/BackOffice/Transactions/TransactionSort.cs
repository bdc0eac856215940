namespace OpenCharge.Checkout.Infrastructure.BackOffice.Transactions;

/// <summary>The grid's sortable columns; ties are broken by row id, so a page boundary never repeats or skips a row.</summary>
public enum TransactionSort
{
    Time,
    Amount,
    Status,
    Merchant,
    Currency,
}
