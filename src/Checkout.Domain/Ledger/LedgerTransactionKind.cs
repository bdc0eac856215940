namespace OpenCharge.Checkout.Domain.Ledger;

public enum LedgerTransactionKind
{
    CheckoutPayment,
    SandboxTopUp,

    /// <summary>A partner's <c>/transfer/create</c> debiting its reserve with us.</summary>
    TransferCreated,

    /// <summary>An accepted proof received at our <c>/transfer/webhook</c> (wallet or reserve top-up).</summary>
    ProofReceived,

    /// <summary>A shopper's payment moved into flight while a remote settlement runs.</summary>
    SettlementHeld,

    /// <summary>The final proof arrived: the held payment leaves through the funding partner.</summary>
    SettlementCompleted,

    /// <summary>The remote settlement failed: the held payment goes back to the shopper.</summary>
    SettlementReversed,
}
