using Microsoft.EntityFrameworkCore;

namespace OpenCharge.Checkout.Infrastructure.Persistence;

/// <summary>
/// The context a store writes through: the request's transaction's when one is open (disposed with the request, not
/// here), else a fresh one from the factory that commits on its own.
/// </summary>
internal readonly struct ContextLease(CheckoutDbContext context, bool owned) : IAsyncDisposable
{
    public CheckoutDbContext Context => context;

    public static async Task<ContextLease> TakeAsync(IDbContextFactory<CheckoutDbContext> contexts, RequestTransaction? within, CancellationToken cancellationToken) =>
        within is { IsOpen: true }
            ? new ContextLease(await within.BegunAsync(cancellationToken), owned: false)
            : new ContextLease(await contexts.CreateDbContextAsync(cancellationToken), owned: true);

    public ValueTask DisposeAsync() => owned ? context.DisposeAsync() : ValueTask.CompletedTask;
}
