using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Merchants;

/// <summary>Why claiming an OCID failed; each says exactly what to do next, and none claims anything.</summary>
public static class OnboardingErrors
{
    public const string UnknownOcidCode = "onboarding.ocid_unknown";
    public const string RegistryUnavailableCode = "onboarding.registry_unavailable";
    public const string InvalidSignatureCode = "onboarding.signature_invalid";
    public const string ChallengeExpiredCode = "onboarding.challenge_expired";
    public const string ChallengeUsedCode = "onboarding.challenge_used";
    public const string ChallengeNotFoundCode = "onboarding.challenge_not_found";

    public static DomainError UnknownOcid(Ocid ocid) =>
        new(UnknownOcidCode, $"OCID {ocid} is not in the registry.");

    public static DomainError RegistryUnavailable(Ocid ocid, string reason) =>
        new(RegistryUnavailableCode, $"The registry metadata of OCID {ocid} could not be fetched ({reason}). Try again later.");

    public static DomainError InvalidSignature(Ocid ocid) =>
        new(InvalidSignatureCode, $"The signature does not verify against the public key OCID {ocid} publishes in the registry.");

    public static DomainError ChallengeExpired(Ocid ocid) =>
        new(ChallengeExpiredCode, $"The challenge for OCID {ocid} has expired. Ask for a new one.");

    public static DomainError ChallengeUsed(Ocid ocid) =>
        new(ChallengeUsedCode, $"The challenge for OCID {ocid} has already been used. Ask for a new one.");

    public static DomainError ChallengeNotFound() =>
        new(ChallengeNotFoundCode, "There is no such challenge for you. Ask for a new one.");

    public static DomainError InvalidOcid(string text) =>
        new(UnknownOcidCode, $"'{text}' is not an OCID (a positive integer).");
}
