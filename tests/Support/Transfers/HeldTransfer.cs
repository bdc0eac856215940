namespace OpenCharge.Checkout.TestSupport.Transfers;

/// <summary>
/// A transfer accepted while <see cref="Peers.PeerFaults.HoldTransfers"/> was on: the payer is debited, the recipient
/// not yet credited, and <c>/verify/{txid}</c> answers <c>pending</c> until the test releases it.
/// </summary>
public sealed class HeldTransfer
{
    internal HeldTransfer(string txid, long caller, TransferCreateBody body, DateTimeOffset createdAt)
    {
        Txid = txid;
        Caller = caller;
        Body = body;
        CreatedAt = createdAt;
    }

    public string Txid { get; }

    public long Caller { get; }

    public string Amount => Body.Amount;

    public string Currency => Body.Currency;

    public DateTimeOffset CreatedAt { get; }

    internal TransferCreateBody Body { get; }

    internal TaskCompletionSource<CompletedTransfer> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
