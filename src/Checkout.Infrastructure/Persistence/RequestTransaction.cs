using Microsoft.EntityFrameworkCore.Storage;

using OpenCharge.Checkout.Infrastructure.Protocol.Authentication;

namespace OpenCharge.Checkout.Infrastructure.Persistence;

/// <summary>
/// One transaction for a whole protocol request, on the request's scoped <see cref="CheckoutDbContext"/>: the nonce,
/// the idempotency record and the use case's writes commit together, once (issue 11: one commit per checkout/create).
/// <see cref="Open"/> only asks for it; it begins with the first statement written in it, so a forged request never
/// holds a connection. The verified nonce waits (<see cref="Defer"/>) for the request's first write: the session
/// statement takes it into its own single statement (<see cref="TakeNonce"/>), else it is written first thing in the
/// transaction, else alone at the commit; a replay found then throws <see cref="NonceReplayedException"/>. The
/// idempotency store writes in it when handed it, and a unit of work begun while it is open joins it instead of
/// committing on its own. What must happen only once the rows are visible waits for <see cref="CommitAsync"/>.
/// </summary>
public sealed class RequestTransaction(Lazy<CheckoutDbContext> context) : IAsyncDisposable
{
    // Leased from the pool on first use: a checkout/create that writes one statement never needs it (issue 11).
    private CheckoutDbContext Db => context.Value;

    private readonly List<Action> _afterCommit = [];
    private IDbContextTransaction? _transaction;
    private PendingNonce? _nonce;

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
        if (_transaction is null)
        {
            _transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
            await RecordPendingNonceAsync(cancellationToken);
        }
        return Db;
    }

    /// <summary>Holds the verified nonce until the request's first write (or its commit) writes it.</summary>
    internal void Defer(PendingNonce nonce) => _nonce = nonce;

    /// <summary>The nonce still to write, for a statement that writes it itself; it is then no longer pending.</summary>
    internal PendingNonce? TakeNonce()
    {
        var nonce = _nonce;
        _nonce = null;
        return nonce;
    }

    /// <summary>Runs <paramref name="action"/> after the commit, or never if the transaction rolls back.</summary>
    internal void AfterCommit(Action action) => _afterCommit.Add(action);

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (!IsOpen)
        {
            throw new InvalidOperationException("The request's transaction is not open.");
        }
        // Only a request that wrote nothing still holds its nonce here; it then goes alone, in a commit of its own.
        await RecordPendingNonceAsync(cancellationToken);
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
        _nonce = null;
        if (_transaction is not { } transaction)
        {
            return;
        }
        _transaction = null;
        await using (transaction)
        {
            await transaction.RollbackAsync();
        }
        Db.ChangeTracker.Clear();
    }

    private async Task RecordPendingNonceAsync(CancellationToken cancellationToken)
    {
        if (TakeNonce() is { } nonce && !await nonce.RecordAsync(Db, cancellationToken))
        {
            throw new NonceReplayedException();
        }
    }

    public ValueTask DisposeAsync() => new(RollbackAsync());
}
