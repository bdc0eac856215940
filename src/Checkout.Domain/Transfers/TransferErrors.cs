using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Transfers;

public static class TransferErrors
{
    public static DomainError NotAPartner(Ocid caller) =>
        new("transfer.not_a_partner", $"OCID {caller} holds no reserve with this gateway.");

    public static DomainError NotYourReserve(Ocid caller, Ocid from) =>
        new("transfer.not_your_reserve", $"OCID {caller} may not debit the reserve of OCID {from}.");

    public static DomainError NoReserveIn(Ocid caller, Currency currency) =>
        new("transfer.account_not_found", $"OCID {caller} holds no {currency} reserve with this gateway.");

    public static DomainError UnknownRecipient(Ocid to, string reference) =>
        new("transfer.account_not_found", $"No account of ours is OCID {to} with reference '{reference}'.");

    public static DomainError RecipientUnavailable(Ocid to, string reason) =>
        new("peer.metadata_unavailable", $"Metadata of recipient OCID {to} could not be fetched: {reason}");

    public static DomainError ReferencesReused(TransferInstruction instruction) =>
        new("transfer.references_reused",
            $"A transfer with from.reference '{instruction.FromReference}' and to.reference '{instruction.ToReference}' already moved different money.");
}
