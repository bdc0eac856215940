namespace OpenCharge.Checkout.Sandbox.Orders;

/// <summary>What became of a verified proof for an order.</summary>
internal enum PaymentRecording
{
    /// <summary>The order was pending and is now paid by this proof.</summary>
    Recorded,

    /// <summary>This very proof (issuer, txid) was recorded before: a redelivery.</summary>
    Duplicate,

    /// <summary>Another proof paid the order first.</summary>
    AlreadyPaid,
}
