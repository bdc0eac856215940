namespace OpenCharge.Checkout.UnitTests.Infrastructure.Crypto;

/// <summary>A fact about Unix file modes: skipped, not failed, on Windows, which has none.</summary>
internal sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Unix file modes do not exist on Windows.";
        }
    }
}
