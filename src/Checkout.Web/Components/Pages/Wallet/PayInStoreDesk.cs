using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Qr;
using OpenCharge.Checkout.Domain.Sessions.Qr;
using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Infrastructure.Sessions;

namespace OpenCharge.Checkout.Web.Components.Pages.Wallet;

/// <summary>
/// What the "Pay in store" page asks of the Domain besides paying (that is <see cref="Web.Checkout.ShopperCheckout"/>):
/// a fresh wallet QR, run in its own DI scope since a circuit outlives any one DbContext, and the QR's exact text.
/// </summary>
public sealed class PayInStoreDesk(IServiceScopeFactory scopes, QrSessionQueries queries, IOptions<OpenchargeOptions> options)
{
    public async Task<QrSessionView> StartAsync(string shopperUserId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var ttl = TimeSpan.FromSeconds(options.Value.Checkout.QrSessionTtlSeconds);
        var session = await scope.ServiceProvider.GetRequiredService<StartQrSession>().ExecuteAsync(shopperUserId, ttl, cancellationToken);
        return new QrSessionView(session.Id, session.ShortCode, session.Status, session.ExpiresAt);
    }

    public Task<QrSessionView?> FindAsync(QrSessionId id, string shopperUserId, CancellationToken cancellationToken) =>
        queries.FindAsync(id, shopperUserId, cancellationToken);

    public string QrText(QrSessionView session) =>
        QrPayloadWriter.Write(WalletSessionQr.For(new Ocid(options.Value.Ocid), options.Value.Endpoint, session.Id.ToString(), session.ExpiresAt));
}
