using OpenCharge.Checkout.TestSupport.Ledger;
using OpenCharge.Checkout.TestSupport.Peers;

namespace OpenCharge.Checkout.TestSupport.Transfers;

/// <summary>Transfers taken under <see cref="PeerFaults.HoldTransfers"/>: pending until the test releases them.</summary>
public sealed partial class TransferDesk
{
    /// <summary>Transfers held by <see cref="PeerFaults.HoldTransfers"/> and not yet released.</summary>
    public IReadOnlyList<HeldTransfer> Held
    {
        get
        {
            lock (_ledger.Gate)
            {
                return [.. _held];
            }
        }
    }

    /// <summary>A transfer still held by <see cref="PeerFaults.HoldTransfers"/>, by txid.</summary>
    public HeldTransfer? FindHeld(string txid)
    {
        lock (_ledger.Gate)
        {
            return _held.FirstOrDefault(h => h.Txid == txid);
        }
    }

    /// <summary>Completes every held transfer: the recipients are credited, proofs signed and the waiting callers answered.</summary>
    public async Task ReleaseHeldAsync()
    {
        List<CompletedTransfer> released = [];
        lock (_ledger.Gate)
        {
            foreach (var held in _held)
            {
                _ledger.TryMove(_host.Ocid, held.Body.ToOcid, held.Body.Currency, PeerLedger.Parse(held.Body.Amount));
                var transfer = Complete(held.Caller, held.Body, held.Txid);
                released.Add(transfer);
                held.Completion.SetResult(transfer);
            }
            _held.Clear();
        }
        foreach (var transfer in released)
        {
            await _afterTransfer(transfer, CancellationToken.None);
        }
    }
}
