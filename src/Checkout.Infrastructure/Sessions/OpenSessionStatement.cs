using Npgsql;

using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Infrastructure.Protocol.Authentication;

namespace OpenCharge.Checkout.Infrastructure.Sessions;

/// <summary>
/// One statement that writes a freshly opened session unless a session for its order is live (the unique index
/// <c>ux_checkout_sessions_live_order</c> decides, races included), and with it the request's <see cref="PendingNonce"/>:
/// the session goes in only if the nonce did, so a replay leaves nothing behind. One statement is one transaction on
/// its own, so outside an explicit transaction the nonce and the session commit together in one round trip (issue 11).
/// The columns are those <c>CheckoutSessionConfiguration</c> maps for a session that is still open: no payment, no
/// closing time, no failure (a test reads each one back through EF).
/// </summary>
internal static class OpenSessionStatement
{
    private const string Columns =
        "id, merchant_gateway_ocid, merchant_ocid, channel, shopper_user_id, order_id, order_json, order_signature, "
        + "content_fingerprint, amount, amount_minor, currency, success_url, cancel_url, order_urls, credited_account, "
        + "proof_recipient_ocid, proof_addressing, settlement_path, settlement_hops, status, created_at, expires_at";

    private const string Values = "$1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23";

    private const string SessionOnly = $"INSERT INTO checkout_sessions ({Columns}) VALUES ({Values}) ON CONFLICT DO NOTHING";

    // The nonce goes in first, in the statement's own CTE: a replayed one fails the whole statement on the nonce's key,
    // so nothing is written. A plain insert that may fail costs PostgreSQL less than one that avoids the conflict and is
    // then read back through EXISTS (pgbench with this statement, issue 11), and replays are rare.
    private const string SessionWithNonce =
        $"WITH nonce AS (INSERT INTO seen_nonces (ocid, nonce, seen_at) VALUES ($24, $25, $26)) {SessionOnly}";

    /// <summary>The primary key of <c>seen_nonces</c> (SeenNonceConfiguration): its violation is a replay.</summary>
    private const string NonceKey = "PK_seen_nonces";

    /// <summary>True when the session was written; false when a live session holds its order (nothing written then).</summary>
    /// <exception cref="NonceReplayedException">The nonce was already used: nothing was written.</exception>
    public static async Task<bool> ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, CheckoutSession session, PendingNonce? nonce, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(Sql(nonce is not null), connection, transaction);
        new OpenSessionParameters(command, nonce is not null).Set(session, nonce);
        return await RunAsync(command, nonce is not null, cancellationToken);
    }

    /// <summary>As the other overload, outside any transaction: the statement commits on its own.</summary>
    public static async Task<bool> ExecuteAsync(OpenSessionCommands commands, CheckoutSession session, PendingNonce? nonce, CancellationToken cancellationToken)
    {
        var command = commands.Rent(nonce is not null);
        command.Parameters.Set(session, nonce);
        var opened = await RunAsync(command.Command, nonce is not null, cancellationToken);
        // Only a command that ran to completion is used again; one that threw is simply dropped.
        commands.Return(command);
        return opened;
    }

    internal static string Sql(bool withNonce) => withNonce ? SessionWithNonce : SessionOnly;

    private static async Task<bool> RunAsync(NpgsqlCommand command, bool withNonce, CancellationToken cancellationToken)
    {
        try
        {
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }
        catch (PostgresException e) when (withNonce && e is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: NonceKey })
        {
            throw new NonceReplayedException();
        }
    }
}
