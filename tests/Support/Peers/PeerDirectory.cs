namespace OpenCharge.Checkout.TestSupport.Peers;

/// <summary>Wires peers' registries together, as the Router Registry would make them resolvable to each other.</summary>
public static class PeerDirectory
{
    /// <summary>Registers every host in every other host's registry.</summary>
    public static void Connect(params PeerHost[] hosts)
    {
        foreach (var host in hosts)
        {
            foreach (var other in hosts.Where(other => other != host))
            {
                host.Registry.Register(other.Ocid, other.Endpoint);
            }
        }
    }
}
