namespace OpenCharge.Checkout.Domain.Sessions;

public enum SessionStatus
{
    Open,
    Paid,
    Cancelled,
    Expired,
}
