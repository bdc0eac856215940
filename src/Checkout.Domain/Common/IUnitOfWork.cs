namespace OpenCharge.Checkout.Domain.Common;

/// <summary>
/// One database transaction around a use case: everything a money movement writes commits together or not at all.
/// </summary>
public interface IUnitOfWork
{
    Task<IUnitOfWorkScope> BeginAsync(CancellationToken cancellationToken);
}

public interface IUnitOfWorkScope : IAsyncDisposable
{
    /// <summary>Saves the tracked changes and commits; disposing without committing rolls back.</summary>
    Task CommitAsync(CancellationToken cancellationToken);
}
