using Npgsql;

using OpenCharge.Checkout.Domain.Sessions.Qr;

namespace OpenCharge.Checkout.E2E.Protocol;

/// <summary>
/// Wallet QR sessions written straight into the gateway's database, as a shopper's "Pay in store" page would start
/// them, so protocol tests can post orders to them without a browser.
/// </summary>
internal static class WalletQrSessions
{
    public static async Task<QrSession> StartAsync(string connectionString, DateTimeOffset? startedAt = null)
    {
        var session = QrSession.Start("shopper-" + Guid.NewGuid().ToString("N"), startedAt ?? DateTimeOffset.UtcNow, QrSession.DefaultTimeToLive);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand(
            "INSERT INTO qr_sessions (id, short_code, shopper_user_id, status, created_at, expires_at) VALUES ($1, $2, $3, 'Pending', $4, $5)", connection)
        {
            Parameters =
            {
                new() { Value = session.Id.Value },
                new() { Value = session.ShortCode.Value },
                new() { Value = session.ShopperUserId },
                new() { Value = session.CreatedAt },
                new() { Value = session.ExpiresAt },
            },
        };
        await insert.ExecuteNonQueryAsync();
        return session;
    }

    /// <summary>The checkout sessions orders posted to this QR opened (exactly one, once it took an order).</summary>
    public static async Task<long> CheckoutSessionsOpenedAsync(string connectionString, QrSession session)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand(
            "SELECT COUNT(*) FROM checkout_sessions WHERE shopper_user_id = $1 AND channel = 'WalletQr'", connection)
        {
            Parameters = { new() { Value = session.ShopperUserId } },
        };
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
