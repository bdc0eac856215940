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

    /// <summary>The Demo Bank: a settlement provider that is also a merchant gateway; we hold a reserve there.</summary>
    public long BankOcid { get; set; } = 9002;

    /// <summary>The Demo Exchange: a merchant gateway settling through <c>/payment/create</c> + <c>/payment/settle</c>, accepting the Demo Bank's proofs.</summary>
    public long ExchangeOcid { get; set; } = 9003;

    /// <summary>The Demo Switch: a merchant gateway accepting the Demo Exchange's proofs, the end of a 2-hop chain.</summary>
    public long SwitchOcid { get; set; } = 9004;

    public string BankName { get; set; } = "Demo Bank";

    public string ExchangeName { get; set; } = "Demo Exchange";

    public string SwitchName { get; set; } = "Demo Switch";

    /// <summary>Our USD reserve at the Demo Bank: opened on its books and as our partner holding there, once.</summary>
    public string BankReserve { get; set; } = "100000.00";

    /// <summary>Issuers whose proofs the Demo Gateway accepts; empty means our own OCID (<c>Opencharge:Ocid</c>).</summary>
    public List<long> GatewayAccepts { get; set; } = [];

    /// <summary>The <c>accepts</c> of orders settled through the Demo Gateway (the default choice); empty means the Demo Gateway.</summary>
    public List<long> StoreAccepts { get; set; } = [];

    public bool IsEnabled => Enabled == true;
}
