using Microsoft.Extensions.DependencyInjection;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Webhooks;
using OpenCharge.Checkout.Infrastructure.Webhooks;

namespace OpenCharge.Checkout.Infrastructure.MerchantActivity;

/// <summary>
/// The merchant's "redeliver" and "send a test proof": checks the delivery is theirs, runs the use case in a scope of
/// its own (a Blazor circuit lives long) and wakes the dispatcher so the attempt follows at once.
/// </summary>
public sealed class MerchantRedelivery(IServiceScopeFactory scopes, MerchantDeliveryQueries deliveries, DeliverySignal signal)
{
    public async Task<Result> RedeliverAsync(string userId, string actor, Guid deliveryId, CancellationToken cancellationToken)
    {
        if (!await deliveries.IsVisibleAsync(userId, deliveryId, cancellationToken))
        {
            return DeliveryErrors.NotFound(deliveryId);
        }
        await using var scope = scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<RedeliverDelivery>().ExecuteAsync(deliveryId, actor, cancellationToken);
        if (result.IsSuccess)
        {
            signal.Notify();
        }
        return result;
    }

    public async Task<Result<Guid>> SendTestProofAsync(string userId, string actor, Ocid merchant, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<SendTestProof>().ExecuteAsync(userId, actor, merchant, cancellationToken);
        if (result.IsSuccess)
        {
            signal.Notify();
        }
        return result;
    }
}
