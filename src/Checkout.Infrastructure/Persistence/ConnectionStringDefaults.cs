using System.Data.Common;
using System.Globalization;

namespace OpenCharge.Checkout.Infrastructure.Persistence;

/// <summary>
/// Npgsql settings the hot paths are tuned for (docs/decisions.md, "Npgsql tuning"), applied only where the operator's
/// connection string does not set the key (under any of Npgsql's spellings of it), so an operator always wins.
/// </summary>
internal static class ConnectionStringDefaults
{
    /// <summary>Statements prepared per physical connection: the hot paths use fewer than this many distinct statements.</summary>
    public const int MaxAutoPrepare = 64;

    /// <summary>
    /// Few busy backends serve PostgreSQL best: at 64 concurrent checkout/creates, 16 connections cost it 0.14 ms of CPU
    /// per request against 0.18 ms with 32 or 80, which contend for the same index pages. Requests beyond the pool wait
    /// in the app for a connection, which costs nothing while they wait.
    /// </summary>
    public const int MaxPoolSize = 16;

    private static readonly (string[] Spellings, string Value)[] Defaults =
    [
        (["Max Auto Prepare", "MaxAutoPrepare"], MaxAutoPrepare.ToString(CultureInfo.InvariantCulture)),
        // Nothing here leaves session state behind on a pooled connection (no SET, no temp tables, no LISTEN on
        // pooled connections), so the DISCARD ALL that Npgsql sends on return to the pool is work for nothing.
        (["No Reset On Close", "NoResetOnClose"], "true"),
        (["Maximum Pool Size", "MaxPoolSize"], MaxPoolSize.ToString(CultureInfo.InvariantCulture)),
    ];

    public static string Apply(string connectionString)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var given = builder.Keys.Cast<string>().Select(Normalise).ToHashSet(StringComparer.Ordinal);
        foreach (var (spellings, value) in Defaults)
        {
            if (!spellings.Any(s => given.Contains(Normalise(s))))
            {
                builder[spellings[0]] = value;
            }
        }
        return builder.ConnectionString;
    }

    private static string Normalise(string key) => key.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
}
