using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Settlement;
using OpenCharge.Checkout.Infrastructure.Persistence;
using OpenCharge.Checkout.Infrastructure.Sessions;

namespace OpenCharge.Checkout.Infrastructure.Wallet;

/// <summary>Reads a payment's receipt for the shopper who made it, on its own short-lived context.</summary>
public sealed class WalletReceiptQueries(IDbContextFactory<CheckoutDbContext> contexts)
{
    /// <summary>
    /// The payment whose proof has <paramref name="txid"/>, only when <paramref name="shopperUserId"/> paid it: to anyone
    /// else it does not exist, so a receipt page cannot tell a stranger that the txid is real.
    /// </summary>
    public async Task<WalletReceipt?> FindAsync(string shopperUserId, string txid, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var session = await db.CheckoutSessions.AsNoTracking()
            .SingleOrDefaultAsync(s => s.Payment != null && s.Payment.ProofTxid == txid && s.Payment.PayerUserId == shopperUserId, cancellationToken);
        if (session?.Payment is not { } payment)
        {
            return null;
        }

        var (items, memo, reference) = CheckoutSessionQueries.ReadOrder(session.OrderJson);
        var path = session.Route.Path;
        return new WalletReceipt(payment.ProofTxid, session.MerchantOcid, session.OrderId, session.Amount, session.Total.Currency, StatusOf(session.Status), payment.PaidAt, path.Kind)
        {
            Items = items,
            Memo = memo,
            Reference = reference,
            SettledThrough = path.Kind == SettlementPathKind.GatewayAccount ? session.MerchantGatewayOcid : path.FinalIssuer,
        };
    }

    // A reversed settlement clears the session's payment, so a session with one is paid or still settling.
    private static WalletPaymentStatus StatusOf(SessionStatus status) =>
        status == SessionStatus.Paid ? WalletPaymentStatus.Paid : WalletPaymentStatus.Processing;
}
