using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Sandbox.Persistence;
using OpenCharge.Checkout.Sandbox.Webhooks;

namespace OpenCharge.Checkout.Sandbox.Settlement;

/// <summary>
/// Opens the settlement peers' accounts once: each peer's house account; the Demo Store at each (so each may pay it);
/// the Exchange at the Bank and the Switch at the Exchange (the hops of a chain); and our reserve at the Bank, moved
/// from the Bank's house account so its books balance from the start. The same reserve is our partner holding there
/// (<see cref="SandboxPartnerEntries"/>), so both sides start equal. Accounts that exist are left as they are.
/// </summary>
internal sealed class SeedPeerBooks(
    IDbContextFactory<SandboxDbContext> contexts, SettlementPeerProfiles peers, IOptions<SandboxOptions> sandbox, IOptions<OpenchargeOptions> opencharge)
{
    private const string Currency = "USD";

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        var options = sandbox.Value;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = await db.PeerAccounts.Where(a => a.Currency == Currency).ToListAsync(cancellationToken);

        PeerAccount Open(SandboxPeer peer, long holder, bool isHouse = false)
        {
            var account = existing.SingleOrDefault(a => a.Peer == peer && a.Holder == holder);
            if (account is null)
            {
                account = new PeerAccount(peer, holder, Currency, isHouse);
                existing.Add(account);
                db.PeerAccounts.Add(account);
            }
            return account;
        }

        foreach (var peer in peers.All)
        {
            Open(peer.Peer, peer.Ocid.Value, isHouse: true);
            Open(peer.Peer, options.MerchantOcid);
        }
        Open(SandboxPeer.Bank, options.ExchangeOcid);
        Open(SandboxPeer.Exchange, options.SwitchOcid);

        var us = opencharge.Value.Ocid;
        if (!existing.Any(a => a.Peer == SandboxPeer.Bank && a.Holder == us) && PeerMoney.Read(options.BankReserve, Currency) is { } reserve)
        {
            Open(SandboxPeer.Bank, options.BankOcid, isHouse: true).TryPay(Open(SandboxPeer.Bank, us), reserve.Minor);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
