using System.Globalization;
using System.Text.Json.Nodes;

using OpenCharge.Checkout.TestSupport.Ledger;

namespace OpenCharge.Checkout.TestSupport.Peers;

/// <summary>What the fault knobs do to an answer: hold it, or spoil its proof.</summary>
internal static class ProofFaults
{
    /// <summary>
    /// Waits out <see cref="PeerFaults.AnswerDelay"/>; false when the caller gave up meanwhile, so the answer it
    /// will never read is not written. The work is done either way.
    /// </summary>
    public static async Task<bool> HoldAnswerAsync(this PeerFaults faults, PeerHost host, Microsoft.AspNetCore.Http.HttpContext context)
    {
        if (faults.AnswerDelay is not { } delay)
        {
            return true;
        }
        try
        {
            await Task.Delay(delay, host.Time, context.RequestAborted);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public static SignedProof Apply(this PeerFaults faults, PeerHost host, SignedProof genuine)
    {
        if (faults.ProofFault == ProofFault.None)
        {
            return genuine;
        }
        if (faults.ProofFault == ProofFault.BadSignature)
        {
            // Another valid-looking signature, over different bytes: hex and length stay right, the check fails.
            return genuine with { Signature = host.SignCanonical(new JsonObject { ["not"] = genuine.Txid }) };
        }

        var proof = genuine.Proof.DeepClone().AsObject();
        switch (faults.ProofFault)
        {
            case ProofFault.WrongAmount:
                proof["amount"] = (PeerLedger.Parse(genuine.Amount) + 1m).ToString("0.00", CultureInfo.InvariantCulture);
                break;
            case ProofFault.WrongCurrency:
                proof["currency"] = genuine.Currency == "EUR" ? "USD" : "EUR";
                break;
            case ProofFault.WrongTo:
                proof["to"]!["ocid"] = genuine.ToOcid + 1;
                break;
            case ProofFault.WrongIssuer:
                proof["issuer"] = faults.WrongIssuerOcid;
                break;
        }
        return host.Sign(proof);
    }
}
