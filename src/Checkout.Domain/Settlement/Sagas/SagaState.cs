namespace OpenCharge.Checkout.Domain.Settlement.Sagas;

/// <summary>Where a remote settlement stands; docs/settlement.md "Saga states" draws the transitions.</summary>
public enum SagaState
{
    /// <summary>The shopper's money is held in flight; no remote call has been answered yet.</summary>
    Held,

    /// <summary>At least one remote call was made; the next one is due at <see cref="SettlementSaga.NextAttemptAt"/>.</summary>
    Running,

    /// <summary>The final hop's proof arrived and was verified; the held money left through the funding partner.</summary>
    Completed,

    /// <summary>Refused before any money left our holding: the shopper got the held money back.</summary>
    Reversed,

    /// <summary>
    /// Money left our holding but a later hop failed, or whether it left could not be found out: an operator decides.
    /// Nothing here pretends the payment was reversed.
    /// </summary>
    NeedsAttention,
}
