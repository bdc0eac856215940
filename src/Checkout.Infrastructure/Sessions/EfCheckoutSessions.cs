using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

using Npgsql;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Sessions;

internal sealed class EfCheckoutSessions(Lazy<CheckoutDbContext> context, RequestTransaction request, OpenSessionCommands autocommitCommands) : ICheckoutSessions
{
    // Leased from the pool on first use: a checkout/create that writes one statement never needs it (issue 11).
    private CheckoutDbContext Db => context.Value;

    public Task<CheckoutSession?> FindAsync(SessionId id, CancellationToken cancellationToken) =>
        Db.CheckoutSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    public Task<CheckoutSession?> LockAsync(SessionId id, CancellationToken cancellationToken) =>
        Db.CheckoutSessions.TagWith(ForUpdateInterceptor.TagOn(Db)).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    public async Task<SessionToPay?> LockToPayAsync(SessionId id, CancellationToken cancellationToken)
    {
        var paid = PaidOrProcessing;
        var locked = await Db.CheckoutSessions
            .TagWith(ForUpdateInterceptor.TagOn(Db))
            .Where(s => s.Id == id)
            .Select(s => new
            {
                Session = s,
                PaidElsewhere = paid.Any(other => other.MerchantOcid == s.MerchantOcid && other.OrderId == s.OrderId && other.Id != s.Id),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return locked is null ? null : new SessionToPay(locked.Session, locked.PaidElsewhere);
    }

    public Task<CheckoutSession?> FindOpenOrPaidAsync(Ocid merchantGateway, Ocid merchant, string orderId, CancellationToken cancellationToken) =>
        Db.CheckoutSessions
            .Where(s => s.MerchantGatewayOcid == merchantGateway && s.MerchantOcid == merchant && s.OrderId == orderId)
            .Where(s => s.Status == SessionStatus.Open || s.Status == SessionStatus.Processing || s.Status == SessionStatus.Paid)
            .SingleOrDefaultAsync(cancellationToken);

    public Task<bool> IsOrderPaidElsewhereAsync(SessionId id, CancellationToken cancellationToken)
    {
        var paid = PaidOrProcessing;
        return Db.CheckoutSessions
            .Where(s => s.Id == id)
            .SelectMany(s => paid.Where(other => other.MerchantOcid == s.MerchantOcid && other.OrderId == s.OrderId && other.Id != s.Id))
            .AnyAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CheckoutSession>> LockExpiredAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        // Lock, skipping held rows, then load through the mapping (FromSql cannot map the owned and complex columns, and
        // FOR UPDATE SKIP LOCKED with LIMIT needs the ids first). The comparison is StatusAt's rule: expired from expires_at on.
        var ids = await Db.Database
            .SqlQuery<Guid>(
                $"""
                SELECT id AS "Value" FROM checkout_sessions
                WHERE status = 'Open' AND expires_at <= {now}
                ORDER BY expires_at LIMIT {limit} FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
        var sessionIds = ids.Select(id => new SessionId(id)).ToList();
        return await Db.CheckoutSessions.Where(s => sessionIds.Contains(s.Id)).ToListAsync(cancellationToken);
    }

    public void Add(CheckoutSession session) => Db.CheckoutSessions.Add(session);

    public async Task<bool> TryOpenAsync(CheckoutSession session, CancellationToken cancellationToken)
    {
        // The request's nonce, when it is still pending, rides in the same statement (issue 11: one round trip).
        var nonce = request.IsOpen ? request.TakeNonce() : null;
        if (!context.IsValueCreated || Db.Database.CurrentTransaction is not { } transaction)
        {
            return await OpenSessionStatement.ExecuteAsync(autocommitCommands, session, nonce, cancellationToken);
        }
        return await OpenSessionStatement.ExecuteAsync(
            (NpgsqlConnection)Db.Database.GetDbConnection(), (NpgsqlTransaction)transaction.GetDbTransaction(), session, nonce, cancellationToken);
    }

    /// <summary>Sessions that took a merchant order's payment: paid here, or paid and settling on a remote path.</summary>
    private IQueryable<CheckoutSession> PaidOrProcessing =>
        Db.CheckoutSessions.Where(other => other.Status == SessionStatus.Paid || other.Status == SessionStatus.Processing);
}
