using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Sessions.Qr;

namespace OpenCharge.Checkout.UnitTests.Domain.Sessions.Fakes;

internal sealed class InMemoryQrSessions : IQrSessions
{
    private readonly Dictionary<QrSessionId, QrSession> _sessions = [];

    public IReadOnlyCollection<QrSession> All => _sessions.Values;

    public Task<QrSession?> LockAsync(QrSessionId id, CancellationToken cancellationToken) => Task.FromResult(_sessions.GetValueOrDefault(id));

    public Task<QrSession?> FindAsync(string idOrShortCode, CancellationToken cancellationToken) =>
        Task.FromResult(QrSessionId.TryParse(idOrShortCode, out var id) ? _sessions.GetValueOrDefault(id)
            : QrShortCode.TryParse(idOrShortCode, out var code) ? _sessions.Values.FirstOrDefault(s => s.ShortCode == code)
            : null);

    public Task<IReadOnlyList<QrSession>> LockPendingAsync(string shopperUserId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<QrSession>>([.. _sessions.Values.Where(s => s.ShopperUserId == shopperUserId && s.Status == QrSessionStatus.Pending)]);

    public Task<QrSession?> FindByCheckoutSessionAsync(SessionId checkoutSession, CancellationToken cancellationToken) =>
        Task.FromResult(_sessions.Values.FirstOrDefault(s => s.CheckoutSessionId == checkoutSession));

    public void Add(QrSession session) => _sessions.Add(session.Id, session);
}
