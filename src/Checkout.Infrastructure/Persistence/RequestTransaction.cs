using Microsoft.EntityFrameworkCore.Storage;

namespace OpenCharge.Checkout.Infrastructure.Persistence;

/// <summary>
/// One transaction for a whole protocol request, on the request's scoped <see cref="CheckoutDbContext"/>: the nonce,
/// the idempotency record and the use case's writes commit together, once (issue 11: one commit per checkout/create).
/// <see cref="Open"/> only asks for it; it begins with the first statement written in it (the nonce, once the
/// signature has verified), so a forged request never holds a connection. The nonce and idempotency stores write in
/// it when handed it, and a unit of work begun while it is open joins it instead of committing on its own. What must
/// happen only once the rows are visible waits for <see cref="CommitAsync"/>.
/// </summary>
public sealed class RequestTransaction(CheckoutDbContext db) : IAsyncDisposable
{
    private readonly List<Action> _afterCommit = [];
    private IDbContextTransaction? _transaction;

    public bool IsOpen { get; private set; }

    public void Open()
    {
        if (IsOpen)
        {
            throw new InvalidOperationException("The request's transaction is already open.");
        }
        IsOpen = true;
    }

    /// <summary>The context to write through, with the transaction begun on it.</summary>
    internal async Task<CheckoutDbContext> BegunAsync(CancellationToken cancellationToken)
    {
        if (!IsOpen)
        {
            throw new InvalidOperationException("The request's transaction is not open.");
        }
        _transaction ??= await db.Database.BeginTransactionAsync(cancellationToken);
        return db;
    }

    /// <summary>Runs <paramref name="action"/> after the commit, or never if the transaction rolls back.</summary>
    internal void AfterCommit(Action action) => _afterCommit.Add(action);

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (!IsOpen)
        {
            throw new InvalidOperationException("The request's transaction is not open.");
        }
        if (_transaction is { } transaction)
        {
            _transaction = null;
            await using (transaction)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        IsOpen = false;
        foreach (var action in _afterCommit)
        {
            action();
        }
        _afterCommit.Clear();
    }

    /// <summary>Undoes everything the request wrote, including what the context still tracks from it.</summary>
    public async Task RollbackAsync()
    {
        IsOpen = false;
        _afterCommit.Clear();
        if (_transaction is not { } transaction)
        {
            return;
        }
        _transaction = null;
        await using (transaction)
        {
            await transaction.RollbackAsync();
        }
        db.ChangeTracker.Clear();
    }

    public ValueTask DisposeAsync() => new(RollbackAsync());
}
