using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.UnitTests.Domain.Sessions.Fakes;

/// <summary>Records every scope it begins and whether that scope committed.</summary>
internal sealed class FakeUnitOfWork : IUnitOfWork
{
    private readonly List<Scope> _scopes = [];

    public IReadOnlyList<Scope> Scopes => _scopes;

    public int Commits => _scopes.Count(scope => scope.Committed);

    public Task<IUnitOfWorkScope> BeginAsync(CancellationToken cancellationToken)
    {
        var scope = new Scope();
        _scopes.Add(scope);
        return Task.FromResult<IUnitOfWorkScope>(scope);
    }

    internal sealed class Scope : IUnitOfWorkScope
    {
        public bool Committed { get; private set; }

        public bool Disposed { get; private set; }

        public Task CommitAsync(CancellationToken cancellationToken)
        {
            Committed = true;
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return ValueTask.CompletedTask;
        }
    }
}
