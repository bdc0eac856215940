namespace OpenCharge.Checkout.Infrastructure.Configuration;

public static class ProtocolPaths
{
    /// <summary>Every protocol endpoint lives under this path of our public base URL.</summary>
    public const string BasePath = "/opencharge";
}
