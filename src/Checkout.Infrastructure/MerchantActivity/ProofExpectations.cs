namespace OpenCharge.Checkout.Infrastructure.MerchantActivity;

/// <summary>
/// What the merchant expects the proof to say; a blank field is not compared. Amounts compare as exact strings
/// (gaps.md G16): "10.00" is not "10".
/// </summary>
public sealed record ProofExpectations(string? Amount, string? Currency, string? OrderReference)
{
    public static readonly ProofExpectations None = new(null, null, null);
}
