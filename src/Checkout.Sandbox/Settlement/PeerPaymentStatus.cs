namespace OpenCharge.Checkout.Sandbox.Settlement;

public enum PeerPaymentStatus
{
    PendingSettlement,
    Completed,
}
