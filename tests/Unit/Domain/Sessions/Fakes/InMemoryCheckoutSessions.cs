using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Sessions;

namespace OpenCharge.Checkout.UnitTests.Domain.Sessions.Fakes;

internal sealed class InMemoryCheckoutSessions : ICheckoutSessions
{
    private readonly Dictionary<SessionId, CheckoutSession> _sessions = [];

    public IReadOnlyCollection<CheckoutSession> All => _sessions.Values;

    public Task<CheckoutSession?> FindAsync(SessionId id, CancellationToken cancellationToken) =>
        Task.FromResult(_sessions.GetValueOrDefault(id));

    public Task<CheckoutSession?> LockAsync(SessionId id, CancellationToken cancellationToken) =>
        Task.FromResult(_sessions.GetValueOrDefault(id));

    public async Task<SessionToPay?> LockToPayAsync(SessionId id, CancellationToken cancellationToken) =>
        _sessions.GetValueOrDefault(id) is { } session ? new SessionToPay(session, await IsOrderPaidElsewhereAsync(id, cancellationToken)) : null;

    public Task<CheckoutSession?> FindOpenOrPaidAsync(Ocid merchantGateway, Ocid merchant, string orderId, CancellationToken cancellationToken) =>
        Task.FromResult(_sessions.Values.FirstOrDefault(session =>
            session.MerchantGatewayOcid == merchantGateway && session.MerchantOcid == merchant && session.OrderId == orderId
            && session.Status is SessionStatus.Open or SessionStatus.Processing or SessionStatus.Paid));

    public Task<bool> IsOrderPaidElsewhereAsync(SessionId id, CancellationToken cancellationToken) =>
        Task.FromResult(_sessions.Values.Any(other =>
            other.Id != id && other.Status is SessionStatus.Paid or SessionStatus.Processing
            && other.MerchantOcid == _sessions[id].MerchantOcid && other.OrderId == _sessions[id].OrderId));

    public Task<IReadOnlyList<CheckoutSession>> LockExpiredAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CheckoutSession>>(
            [.. _sessions.Values.Where(session => session.Status == SessionStatus.Open && session.ExpiresAt <= now).Take(limit)]);

    public void Add(CheckoutSession session) => _sessions.Add(session.Id, session);

    public async Task<bool> TryOpenAsync(CheckoutSession session, CancellationToken cancellationToken)
    {
        if (await FindOpenOrPaidAsync(session.MerchantGatewayOcid, session.MerchantOcid, session.OrderId, cancellationToken) is not null)
        {
            return false;
        }
        Add(session);
        return true;
    }
}
