namespace OpenCharge.Checkout.Domain.Ledger;

public enum LedgerTransactionKind
{
    CheckoutPayment,
    SandboxTopUp,
}
