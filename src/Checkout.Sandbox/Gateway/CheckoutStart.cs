namespace OpenCharge.Checkout.Sandbox.Gateway;

/// <summary>What the payment gateway answered to <c>POST /checkout/create</c>.</summary>
public abstract record CheckoutStart
{
    private CheckoutStart()
    {
    }

    public sealed record Started(Uri CheckoutUrl, string SessionId, long? ExpiresAt) : CheckoutStart;

    /// <summary>The error envelope's code and message, or ours when there was no envelope to read.</summary>
    public sealed record Failed(string Code, string Message) : CheckoutStart;
}
