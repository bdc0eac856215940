namespace OpenCharge.Checkout.LoadTest;

/// <summary>
/// A server the same load is driven against: the gateway, or the yardstick that does only the protocol's work.
/// <paramref name="PublishesMetadata"/>: its response signature can be checked against its own metadata.
/// </summary>
internal sealed record LoadTarget(string Name, string ProcessName, int ProcessId, CheckoutRequestSigner Signer, bool PublishesMetadata);
