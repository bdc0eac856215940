namespace OpenCharge.Checkout.Infrastructure.Wallet;

/// <summary>Where a payment from the wallet stands now.</summary>
public enum WalletPaymentStatus
{
    Paid,

    /// <summary>The money is held while a remote settlement runs.</summary>
    Processing,

    /// <summary>The remote settlement failed and the money came back (a <see cref="WalletMovementKind.Refund"/> follows it).</summary>
    Reversed,
}
