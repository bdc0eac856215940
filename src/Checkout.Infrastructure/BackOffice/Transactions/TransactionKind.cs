namespace OpenCharge.Checkout.Infrastructure.BackOffice.Transactions;

/// <summary>The back office grid's tabs: each lists one kind of record, across every merchant and gateway.</summary>
public enum TransactionKind
{
    /// <summary>Every checkout session, whatever its status.</summary>
    Sessions,

    /// <summary>Sessions a shopper paid (paid, or processing while a remote settlement runs), timed at payment.</summary>
    Payments,

    /// <summary>A partner's <c>/transfer/create</c> that debited its reserve with us.</summary>
    Transfers,

    /// <summary>Every proof we issued or received.</summary>
    Proofs,
}
