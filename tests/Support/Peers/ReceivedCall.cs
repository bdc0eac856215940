namespace OpenCharge.Checkout.TestSupport.Peers;

/// <summary>One request a peer answered: method, path, the claimed sender (<c>X-OC-ID</c>, empty when absent) and the status.</summary>
public sealed record ReceivedCall(string Method, string Path, string Sender, int Status);
