namespace OpenCharge.Checkout.Sandbox.Pos;

/// <summary>What a wallet's payment gateway answered when the Demo Store posted an order to a wallet QR (endpoints.md A4).</summary>
public abstract record WalletOrderAnswer
{
    private WalletOrderAnswer()
    {
    }

    /// <summary>The order now waits for the shopper's approval; <paramref name="StatusUrl"/> is the gateway's <c>urls.status</c>.</summary>
    public sealed record Accepted(string OrderId, Uri StatusUrl) : WalletOrderAnswer;

    /// <summary>The error envelope's code and message, or ours when nothing readable came back. No order was taken.</summary>
    public sealed record Refused(string Code, string Message) : WalletOrderAnswer;
}
