namespace OpenCharge.Checkout.Domain.Settlement.Sagas;

public interface ISettlementSagas
{
    /// <summary>A snapshot, not tracked: what to call next is decided from it outside any transaction.</summary>
    Task<SettlementSaga?> ReadAsync(SagaId id, CancellationToken cancellationToken);

    /// <summary>Loads the saga with a row lock held until the unit of work ends, so two outcomes are never recorded at once.</summary>
    Task<SettlementSaga?> LockAsync(SagaId id, CancellationToken cancellationToken);

    /// <summary>The unfinished saga with a step awaiting a proof under this <c>to.reference</c>, locked; null when none does.</summary>
    Task<SettlementSaga?> LockAwaitingAsync(string reference, CancellationToken cancellationToken);

    void Add(SettlementSaga saga);
}
