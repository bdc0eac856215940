using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

using Npgsql;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Settlement.Sagas;
using OpenCharge.Checkout.Domain.Webhooks;
using OpenCharge.Checkout.Infrastructure.Ledger;
using OpenCharge.Checkout.Infrastructure.Settlement;
using OpenCharge.Checkout.Infrastructure.Webhooks;

namespace OpenCharge.Checkout.Infrastructure.Persistence;

/// <summary>
/// An explicit PostgreSQL transaction around one use case; lost races surface as <see cref="ConcurrencyConflictException"/>.
/// While the request's <see cref="RequestTransaction"/> is open the unit of work joins it: its commit saves (EF
/// wraps the save in a savepoint, so a lost race leaves the transaction usable for a retry) and the request commits.
/// </summary>
internal sealed class EfUnitOfWork(
    Lazy<CheckoutDbContext> context, RequestTransaction request, InPlaceCredits credits, DeliverySignal deliveries, SettlementSignal settlements) : IUnitOfWork
{
    public async Task<IUnitOfWorkScope> BeginAsync(CancellationToken cancellationToken)
    {
        var db = context.Value;
        if (request.IsOpen)
        {
            await request.BegunAsync(cancellationToken);
            return new Scope(db, request, credits, deliveries, settlements, transaction: null);
        }
        return new Scope(db, request, credits, deliveries, settlements, await db.Database.BeginTransactionAsync(cancellationToken));
    }

    // transaction: its own, or null when it joined the request's.
    private sealed class Scope(
        CheckoutDbContext db,
        RequestTransaction request,
        InPlaceCredits credits,
        DeliverySignal deliveries,
        SettlementSignal settlements,
        IDbContextTransaction? transaction) : IUnitOfWorkScope
    {
        private bool _committed;

        public async Task CommitAsync(CancellationToken cancellationToken)
        {
            var enqueuedDeliveries = db.ChangeTracker.Entries<WebhookDelivery>().Any(e => e.State is EntityState.Added or EntityState.Modified);
            var movedSagas = db.ChangeTracker.Entries<SettlementSaga>().Any(e => e.State is EntityState.Added or EntityState.Modified);
            try
            {
                await SaveAsync(cancellationToken);
                await credits.ApplyAsync(db, cancellationToken);
                if (transaction is not null)
                {
                    await transaction.CommitAsync(cancellationToken);
                }
                _committed = true;
            }
            catch (DbUpdateConcurrencyException ex)
            {
                throw new ConcurrencyConflictException("A row changed while this unit of work ran.", ex);
            }
            catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.SerializationFailure })
            {
                throw new ConcurrencyConflictException("Another transaction wrote the same key first.", ex);
            }
            if (transaction is null)
            {
                request.AfterCommit(() => Signal(enqueuedDeliveries, movedSagas));
                return;
            }
            Signal(enqueuedDeliveries, movedSagas);
        }

        public async ValueTask DisposeAsync()
        {
            if (!_committed)
            {
                // Whatever this unit of work changed in memory is void with its transaction.
                db.ChangeTracker.Clear();
                credits.Discard();
            }
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }

        /// <summary>
        /// EF wraps a save inside a transaction in a savepoint, two more round trips, so a failed save leaves the
        /// transaction usable. Only a joined request transaction goes on after a failure; our own rolls back whole.
        /// </summary>
        private async Task SaveAsync(CancellationToken cancellationToken)
        {
            var savepoints = db.Database.AutoSavepointsEnabled;
            db.Database.AutoSavepointsEnabled = transaction is null && savepoints;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            finally
            {
                db.Database.AutoSavepointsEnabled = savepoints;
            }
        }

        private void Signal(bool enqueuedDeliveries, bool movedSagas)
        {
            if (enqueuedDeliveries)
            {
                // Only now are the rows visible to the dispatcher, so proofs go out at once rather than at its next poll.
                deliveries.Notify();
            }
            if (movedSagas)
            {
                // A payment held for a remote path, or a late proof that moved a saga on: its runner goes now.
                settlements.Notify();
            }
        }
    }
}
