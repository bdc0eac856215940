namespace OpenCharge.Checkout.Infrastructure.Configuration;

/// <summary>The "Opencharge" configuration section; its keys are a public contract (README, "Configuration").</summary>
public sealed class OpenchargeOptions
{
    public const string Section = "Opencharge";

    public long Ocid { get; set; }

    public string Name { get; set; } = "OpenCharge Checkout";

    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>Optional 64-hex private key; when absent a key is generated once and kept sealed at rest.</summary>
    public string? SigningKey { get; set; }

    /// <summary>Optional 64-hex key-encryption key; when absent one is generated into <see cref="MasterKeyFile"/>.</summary>
    public string? MasterKey { get; set; }

    public string? MasterKeyFile { get; set; }

    public RegistryOptions Registry { get; set; } = new();

    public SettlementOptions Settlement { get; set; } = new();

    public NetworkOptions Network { get; set; } = new();

    public CheckoutOptions Checkout { get; set; } = new();

    public IdempotencyOptions Idempotency { get; set; } = new();

    /// <summary>Per-partner settings, keyed by the partner's OCID; imported into the database at each start.</summary>
    public Dictionary<string, PartnerOptions> Partners { get; set; } = [];

    /// <summary>Our metadata <c>config.endpoint</c>: the public base URL plus the protocol base path.</summary>
    public string Endpoint => PublicBaseUrl.TrimEnd('/') + ProtocolPaths.BasePath;
}

public sealed class RegistryOptions
{
    /// <summary>OCID → endpoint URL (metadata at {endpoint}/metadata.json) or a full metadata URL ending in .json.</summary>
    public Dictionary<string, string> Peers { get; set; } = [];

    /// <summary>Optional HTTP index template containing {ocid} (gaps.md G31).</summary>
    public string? IndexUrl { get; set; }

    /// <summary>Least time between two fetches of one OCID's metadata when a signature failure asks for a refresh.</summary>
    public int RefreshIntervalSeconds { get; set; } = 60;

    /// <summary>Whether metadata and the index may be fetched over plain HTTP; null means "in sandbox mode only".</summary>
    public bool? AllowPlainHttp { get; set; }
}

public sealed class SettlementOptions
{
    public List<string> Currencies { get; set; } = [];

    public List<long> Accepts { get; set; } = [];
}

public sealed class CheckoutOptions
{
    /// <summary>How long a hosted checkout stays payable; never past the order's own expiresAt.</summary>
    public int SessionTtlMinutes { get; set; } = 30;

    /// <summary>How long a wallet "Pay in store" QR can take an order (objects.md §3: 5 minutes).</summary>
    public int QrSessionTtlSeconds { get; set; } = 300;
}

public sealed class PartnerOptions
{
    public string? Name { get; set; }

    /// <summary>"MerchantGateway", "SettlementProvider" or both, comma-separated; absent for a merchant known only by its hosts.</summary>
    public string? Roles { get; set; }

    /// <summary>Currencies in which the partner may hold a reserve with us.</summary>
    public List<string> ReserveCurrencies { get; set; } = [];

    /// <summary>Funds we hold at the partner, keyed by currency code.</summary>
    public Dictionary<string, HoldingOptions> Holdings { get; set; } = [];

    /// <summary>Hosts the partner's redirect URLs may point at (outside sandbox mode).</summary>
    public List<string> RedirectHosts { get; set; } = [];

    /// <summary>"MerchantOrder" (default) or "GatewaySession": how our hosted-checkout proof is addressed (gaps.md G19).</summary>
    public string? ProofAddressing { get; set; }
}

public sealed class HoldingOptions
{
    /// <summary>Opening mirrored balance, a decimal string ("1000.00"); payments move the mirror afterwards.</summary>
    public string? Balance { get; set; }

    /// <summary>Below this decimal amount the back office warns; "0" when absent.</summary>
    public string? LowBalanceThreshold { get; set; }
}

public sealed class NetworkOptions
{
    /// <summary>Null means "true in Development, false elsewhere".</summary>
    public bool? AllowPrivateAddresses { get; set; }
}
