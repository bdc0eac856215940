using Microsoft.Extensions.Localization;

using OpenCharge.Checkout.Infrastructure.MerchantActivity;
using OpenCharge.Checkout.Web.Components.Shared.Resources;

namespace OpenCharge.Checkout.Web.Components.Pages.Merchant;

/// <summary>The verify-a-proof tool's findings as sentences in the reader's language; ids, names and amounts stay as they are.</summary>
internal static class ProofFindingText
{
    public static string For(ProofCheckResult result, IStringLocalizer<SharedResource> localizer)
    {
        var values = result.Values.ToArray<object>();
        return result.Finding switch
        {
            ProofFinding.NotAnEnvelope => localizer["This is not a proof envelope: {0}", values],
            ProofFinding.ProofNotJson => localizer["The proof is not JSON."],
            ProofFinding.Read => localizer["txid {0}, issuer {1}.", values],
            ProofFinding.ProofUnread => localizer["The proof could not be read."],
            ProofFinding.IssuerFound => localizer["OCID {0} is {1}; its metadata was fetched from the registry.", values],
            ProofFinding.IssuerUnavailable => localizer["OCID {0} is in the registry but its metadata could not be fetched: {1}", values],
            ProofFinding.IssuerUnknown => localizer["OCID {0} is not in the registry.", values],
            ProofFinding.IssuerKeyUnknown => localizer["The issuer's key is unknown."],
            ProofFinding.SignedByPublishedKey => localizer["Signed by the published key of OCID {0}.", values],
            ProofFinding.CoversCanonicalJson => localizer["The signature covers the canonical JSON shown below."],
            ProofFinding.MadeByPublishedKey => localizer["Made by the published key of OCID {0}.", values],
            ProofFinding.CoversJsonAsWritten =>
                localizer["The signature covers the proof as written, not its canonical JSON (authentication.md §7): sign the canonical string shown below."],
            ProofFinding.SignatureRefused => localizer["The signature was refused ({0}).", values],
            ProofFinding.NoSignatureToCompare => localizer["No signature by the issuer's key to compare."],
            ProofFinding.NothingToCompare => localizer["The proof says \"{0}\"; nothing given to compare with.", values],
            ProofFinding.AsExpected => localizer["\"{0}\" as expected.", values],
            ProofFinding.Differs => localizer["The proof says \"{0}\", expected \"{1}\" (compared as exact strings).", values],
            ProofFinding.NotYourMerchant => localizer["The proof pays OCID {0}, which is not one of your merchants.", values],
            ProofFinding.OtherReference => localizer["The proof pays OCID {0} reference \"{1}\", not order \"{2}\".", values],
            ProofFinding.PaysYou => localizer["Pays your OCID {0}.", values],
            ProofFinding.PaysYouWithReference => localizer["Pays your OCID {0}, reference \"{1}\".", values],
            _ => throw new ArgumentOutOfRangeException(nameof(result), result.Finding, null),
        };
    }
}
