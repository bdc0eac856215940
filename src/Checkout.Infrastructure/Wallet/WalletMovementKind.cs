namespace OpenCharge.Checkout.Infrastructure.Wallet;

/// <summary>What moved a shopper's money, as the wallet's history names it.</summary>
public enum WalletMovementKind
{
    /// <summary>A checkout paid from the wallet, settled by us or held while a remote settlement runs.</summary>
    Payment,

    /// <summary>Sandbox play money.</summary>
    TopUp,

    /// <summary>Money another service paid into the wallet by its wallet reference.</summary>
    TransferReceived,

    /// <summary>A held payment given back because its remote settlement was reversed.</summary>
    Refund,
}
