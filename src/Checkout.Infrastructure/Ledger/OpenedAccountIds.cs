using System.Collections.Concurrent;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;

namespace OpenCharge.Checkout.Infrastructure.Ledger;

/// <summary>
/// The ids of accounts seen committed, per database: an account is never deleted and never changes owner or currency,
/// so a credit to a merchant or gateway need not look its account's id up again on every payment. Only accounts that
/// are credited in place are remembered, a handful per merchant, so nothing needs evicting.
/// </summary>
internal sealed class OpenedAccountIds
{
    private readonly ConcurrentDictionary<(string Database, AccountOwner Owner, Currency Currency), Guid> _ids = new();

    public Guid? Find(string database, AccountOwner owner, Currency currency) =>
        _ids.TryGetValue((database, owner, currency), out var id) ? id : null;

    public void Remember(string database, AccountOwner owner, Currency currency, Guid id) => _ids[(database, owner, currency)] = id;
}
