using System.Text.Json;

using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Orders;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Sessions;

/// <summary>
/// Reads sessions for display. Each call uses its own short-lived context, so a long-lived Blazor circuit never
/// holds one, and sees what other processes committed.
/// </summary>
public sealed class CheckoutSessionQueries(IDbContextFactory<CheckoutDbContext> contexts)
{
    public async Task<CheckoutSessionView?> FindAsync(SessionId id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var session = await db.CheckoutSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return session is null ? null : ToView(session);
    }

    internal static CheckoutSessionView ToView(CheckoutSession session)
    {
        var (items, memo, reference) = ReadOrder(session.OrderJson);
        return new CheckoutSessionView(
            session.Id, session.MerchantOcid, session.OrderId, session.Total, session.Status, session.ExpiresAt, session.Urls.Success, session.Urls.Cancel)
        {
            Items = items,
            Memo = memo,
            Reference = reference,
            ProofTxid = session.Payment?.ProofTxid,
            PaidAt = session.Payment?.PaidAt,
            SettlesThrough = session.Route.Path.FinalIssuer,
            SettlementFailure = session.SettlementFailure,
            ShopperUserId = session.ShopperUserId,
        };
    }

    /// <summary>The order was verified when the session opened; here we only pick out what a shopper reads, leniently.</summary>
    internal static (IReadOnlyList<OrderItem> Items, string? Memo, string? Reference) ReadOrder(string orderJson)
    {
        using var document = JsonDocument.Parse(orderJson);
        var order = document.RootElement;
        var items = new List<OrderItem>();
        if (order.TryGetProperty("items", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in list.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object
                    && Text(item, "name") is { } name
                    && item.TryGetProperty("quantity", out var quantity) && quantity.ValueKind == JsonValueKind.Number && quantity.TryGetDecimal(out var count))
                {
                    items.Add(new OrderItem(Text(item, "id") ?? "", name, count, Text(item, "price") ?? ""));
                }
            }
        }
        return (items, Text(order, "memo"), Text(order, "reference"));
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
