using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Sessions;

namespace OpenCharge.Checkout.Domain.Settlement;

public static class SettlementErrors
{
    /// <summary>A session whose route is remote is paid by the settlement saga, never by one ledger transaction.</summary>
    public static DomainError RemotePathNotPayableInLedger(SessionId id) =>
        new("settlement.remote_path_unavailable", $"Checkout session {id} settles through partners, which this gateway cannot pay yet; nothing was charged.");
}
