using OpenCharge.Checkout.Domain.Settlement.Sagas;

namespace OpenCharge.Checkout.UnitTests.Domain.Sessions.Fakes;

internal sealed class InMemorySettlementSagas : ISettlementSagas
{
    private readonly List<SettlementSaga> _sagas = [];

    public IReadOnlyList<SettlementSaga> All => _sagas;

    public Task<SettlementSaga?> ReadAsync(SagaId id, CancellationToken cancellationToken) => Task.FromResult(_sagas.SingleOrDefault(s => s.Id == id));

    public Task<SettlementSaga?> LockAsync(SagaId id, CancellationToken cancellationToken) => ReadAsync(id, cancellationToken);

    public Task<SettlementSaga?> LockAwaitingAsync(string reference, CancellationToken cancellationToken) =>
        Task.FromResult(_sagas.FirstOrDefault(s => s.CallAwaiting(reference) is not null));

    public void Add(SettlementSaga saga) => _sagas.Add(saga);
}
