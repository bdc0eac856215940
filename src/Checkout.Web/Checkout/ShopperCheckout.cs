using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Domain.PaymentMethods;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Infrastructure.Sessions;

namespace OpenCharge.Checkout.Web.Checkout;

/// <summary>
/// What the hosted checkout page asks of the Domain. A circuit lives for as long as the tab is open, so every call
/// runs its use case in a fresh DI scope (a fresh DbContext and unit of work), and successful changes are published
/// to <see cref="SessionEvents"/> so other pages on the same session update at once.
/// </summary>
public sealed class ShopperCheckout(IServiceScopeFactory scopes, SessionEvents events, SandboxMode sandbox)
{
    public bool CanTopUp => sandbox.Enabled;

    public async Task<IReadOnlyList<PaymentMethodOption>> OptionsAsync(string shopperUserId, Money total, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PaymentMethodSelector>().OptionsForAsync(shopperUserId, total, cancellationToken);
    }

    public async Task<Result<SessionPayment>> PayAsync(SessionId id, string shopperUserId, PaymentMethodKind method, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var paid = await scope.ServiceProvider.GetRequiredService<PaySession>().ExecuteAsync(id, shopperUserId, method, cancellationToken);
        if (paid.IsSuccess)
        {
            events.Publish(id);
        }
        return paid;
    }

    /// <summary>Cancels (declines) the session; <paramref name="shopperUserId"/> is null for a visitor who is not signed in.</summary>
    public async Task<Result> CancelAsync(SessionId id, string? shopperUserId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var cancelled = await scope.ServiceProvider.GetRequiredService<CancelSession>().ExecuteAsync(id, shopperUserId, cancellationToken);
        if (cancelled.IsSuccess)
        {
            events.Publish(id);
        }
        return cancelled;
    }

    /// <summary>Sandbox only: enough play money for <paramref name="amount"/>.</summary>
    public async Task<Result<Money>> TopUpAsync(string shopperUserId, Money amount, CancellationToken cancellationToken)
    {
        if (!sandbox.Enabled)
        {
            return new DomainError("sandbox.disabled", "Test funds exist only in sandbox mode.");
        }
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TopUpSandboxWallet>().ExecuteAsync(shopperUserId, amount, cancellationToken);
    }

    /// <summary>A page saw the session's time run out: others on it look again now rather than at their next tick.</summary>
    public void AnnounceExpiry(SessionId id) => events.Publish(id);
}
