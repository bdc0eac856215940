using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Sandbox.Persistence;

namespace OpenCharge.Checkout.Sandbox.Orders;

/// <summary>The Demo Store signs an order and remembers it as pending, so a proof for it can be matched later.</summary>
internal sealed class CreateDemoOrder(DemoOrderSigner signer, IDbContextFactory<SandboxDbContext> contexts, TimeProvider time)
{
    public async Task<SignedDemoOrder> CreateAsync(IReadOnlyList<DemoOrderLine> lines, IReadOnlyList<long> accepts, CancellationToken cancellationToken)
    {
        var order = signer.Sign(lines, accepts);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.DemoOrders.Add(new DemoOrder(order.Id, order.Description, order.CanonicalJson, order.Signature, order.Amount, order.Currency, time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return order;
    }
}
