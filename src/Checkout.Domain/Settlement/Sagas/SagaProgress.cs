namespace OpenCharge.Checkout.Domain.Settlement.Sagas;

/// <summary>What recording a step outcome means for the money held in flight.</summary>
public enum SagaProgress
{
    /// <summary>Another call is due now (or, after an unknown outcome, after a back-off); the money stays in flight.</summary>
    Continue,

    /// <summary>The final proof is in: the held money leaves through the funding partner.</summary>
    Completed,

    /// <summary>Nothing left our holding: the held money goes back to the shopper.</summary>
    Reversed,

    /// <summary>Money left our holding and a later hop refused: the shopper is refunded, the stranded amount is the operator's to recover.</summary>
    Stranded,

    /// <summary>Retries ran out while money may have left our holding: the money stays in flight for an operator.</summary>
    Unresolved,
}
