namespace OpenCharge.Checkout.Sandbox;

/// <summary>
/// The "Sandbox" section (docs/sandbox.md): a demo merchant and its merchant gateway, two real Opencharge peers that
/// run in this process so the hosted checkout can be tried end to end.
/// </summary>
public sealed class SandboxOptions
{
    public const string Section = "Sandbox";

    /// <summary>Null means "on in Development, off elsewhere".</summary>
    public bool? Enabled { get; set; }

    public long MerchantOcid { get; set; } = 9001;

    public long GatewayOcid { get; set; } = 9000;

    public string MerchantName { get; set; } = "Demo Store";

    public string GatewayName { get; set; } = "Demo Gateway";

    /// <summary>Issuers whose proofs the Demo Gateway accepts; empty means our own OCID (<c>Opencharge:Ocid</c>).</summary>
    public List<long> GatewayAccepts { get; set; } = [];

    /// <summary>Issuers whose proofs the Demo Store accepts directly; empty means the Demo Gateway.</summary>
    public List<long> StoreAccepts { get; set; } = [];

    public bool IsEnabled => Enabled == true;
}
