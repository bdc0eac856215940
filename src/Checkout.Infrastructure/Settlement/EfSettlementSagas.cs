using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Settlement.Sagas;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Settlement;

internal sealed class EfSettlementSagas(CheckoutDbContext db) : ISettlementSagas
{
    public Task<SettlementSaga?> ReadAsync(SagaId id, CancellationToken cancellationToken) =>
        db.Set<SettlementSaga>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    public async Task<SettlementSaga?> LockAsync(SagaId id, CancellationToken cancellationToken)
    {
        // As EfCheckoutSessions.LockAsync: lock the row, then load it (with its steps) through the normal mapping.
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM settlement_sagas WHERE id = {id.Value} FOR UPDATE", cancellationToken);
        return await db.Set<SettlementSaga>().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
    }

    public async Task<SettlementSaga?> LockAwaitingAsync(string reference, CancellationToken cancellationToken)
    {
        var ids = await db.Database
            .SqlQuery<Guid>(
                $"""
                SELECT s.id AS "Value" FROM settlement_sagas s
                JOIN settlement_saga_steps t ON t.saga_id = s.id
                WHERE t.awaited_reference = {reference} AND t.status = 'Unanswered' AND s.state IN ('Held', 'Running')
                LIMIT 1 FOR UPDATE OF s
                """)
            .ToListAsync(cancellationToken);
        return ids.Count == 0 ? null : await db.Set<SettlementSaga>().SingleOrDefaultAsync(s => s.Id == new SagaId(ids[0]), cancellationToken);
    }

    public void Add(SettlementSaga saga) => db.Set<SettlementSaga>().Add(saga);
}
