namespace OpenCharge.Checkout.Infrastructure.Protocol.Registry;

internal abstract record RegistryResolution
{
    private RegistryResolution()
    {
    }

    public sealed record Registered(RegistryEntry Entry) : RegistryResolution;

    public sealed record NotRegistered : RegistryResolution;

    public sealed record Unreachable(string Reason) : RegistryResolution;
}
