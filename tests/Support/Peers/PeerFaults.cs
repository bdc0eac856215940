namespace OpenCharge.Checkout.TestSupport.Peers;

/// <summary>
/// Misbehaviour a test switches on for a provider or merchant gateway; each stays on until switched off. What the
/// peer then did is visible in its <c>Transfers</c>, ledger and <see cref="PeerHost"/> call log.
/// </summary>
public sealed class PeerFaults
{
    /// <summary>Answer 402 <c>INSUFFICIENT_FUNDS</c> to every transfer or settlement, moving nothing.</summary>
    public bool AnswerInsufficientFunds { get; set; }

    /// <summary>
    /// Complete the transfer at once but hold the answer this long: a caller with a shorter timeout sees a
    /// timeout for a transfer that did happen remotely (its <c>/verify</c> and a retry then show the proof).
    /// </summary>
    public TimeSpan? AnswerDelay { get; set; }

    /// <summary>
    /// Take the payer's money but leave each new transfer pending (<c>/verify</c> says so) and its caller waiting,
    /// until the test releases it (<c>ReleaseHeldTransfersAsync</c>): a transfer whose outcome is not known yet.
    /// </summary>
    public bool HoldTransfers { get; set; }

    /// <summary>How the proof this peer answers with is wrong. The transfer itself happens on its books.</summary>
    public ProofFault ProofFault { get; set; }

    /// <summary>The issuer written by <see cref="ProofFault.WrongIssuer"/>.</summary>
    public long WrongIssuerOcid { get; set; } = 999_999;
}

/// <summary>The ways a returned proof can be wrong (issue 8, fault tests).</summary>
public enum ProofFault
{
    None,
    WrongAmount,
    WrongCurrency,
    WrongTo,
    WrongIssuer,
    BadSignature,
}
