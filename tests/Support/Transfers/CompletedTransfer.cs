using OpenCharge.Checkout.TestSupport.Peers;

namespace OpenCharge.Checkout.TestSupport.Transfers;

/// <summary>
/// A transfer a fake peer executed on its books: exactly one per money movement, however often it was asked.
/// <see cref="Answered"/> is what the caller got (a fault may have spoiled it); <see cref="Genuine"/> is what
/// <c>/verify/{txid}</c> shows.
/// </summary>
public sealed record CompletedTransfer(long Caller, string? FromReference, string? ToReference, SignedProof Genuine, SignedProof Answered)
{
    public string Txid => Genuine.Txid;
}
