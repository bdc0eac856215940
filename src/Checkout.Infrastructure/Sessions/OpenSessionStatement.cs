using Npgsql;

using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Infrastructure.Persistence;
using OpenCharge.Checkout.Infrastructure.Persistence.Conversions;
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

    private const string SessionWithNonce =
        $"""
        WITH nonce AS (
            INSERT INTO seen_nonces (ocid, nonce, seen_at) VALUES ($24, $25, $26) ON CONFLICT DO NOTHING RETURNING 1
        ), opened AS (
            INSERT INTO checkout_sessions ({Columns}) SELECT {Values} WHERE EXISTS (SELECT 1 FROM nonce)
            ON CONFLICT DO NOTHING RETURNING 1
        )
        SELECT EXISTS (SELECT 1 FROM nonce), EXISTS (SELECT 1 FROM opened)
        """;

    /// <summary>True when the session was written; false when a live session holds its order (nothing written then).</summary>
    /// <exception cref="NonceReplayedException">The nonce was already used: nothing was written.</exception>
    public static async Task<bool> ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, CheckoutSession session, PendingNonce? nonce, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(Sql(nonce), connection, transaction);
        return await RunAsync(command, session, nonce, cancellationToken);
    }

    /// <summary>As the other overload, outside any transaction: the statement commits on its own.</summary>
    public static async Task<bool> ExecuteAsync(
        AutocommitStatements statements, CheckoutSession session, PendingNonce? nonce, CancellationToken cancellationToken)
    {
        await using var command = statements.CreateCommand(Sql(nonce));
        return await RunAsync(command, session, nonce, cancellationToken);
    }

    private static string Sql(PendingNonce? nonce) => nonce is null ? SessionOnly : SessionWithNonce;

    private static async Task<bool> RunAsync(NpgsqlCommand command, CheckoutSession session, PendingNonce? nonce, CancellationToken cancellationToken)
    {
        AddSession(command.Parameters, session);
        if (nonce is null)
        {
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = nonce.Ocid.Value });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = nonce.Nonce });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = nonce.SeenAt });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        if (!reader.GetBoolean(0))
        {
            throw new NonceReplayedException();
        }
        return reader.GetBoolean(1);
    }

    private static void AddSession(NpgsqlParameterCollection parameters, CheckoutSession session)
    {
        var route = session.Route;
        parameters.Add(new NpgsqlParameter<Guid> { TypedValue = session.Id.Value });
        parameters.Add(new NpgsqlParameter<long> { TypedValue = session.MerchantGatewayOcid.Value });
        parameters.Add(new NpgsqlParameter<long> { TypedValue = session.MerchantOcid.Value });
        parameters.Add(Text(session.Channel.ToString()));
        parameters.Add(Text(session.ShopperUserId));
        parameters.Add(Text(session.OrderId));
        parameters.Add(Text(session.OrderJson));
        parameters.Add(Text(session.OrderSignature));
        parameters.Add(Text(session.ContentFingerprint));
        parameters.Add(Text(session.Amount));
        parameters.Add(new NpgsqlParameter<long> { TypedValue = session.Total.Minor });
        parameters.Add(Text(session.Total.Currency.Code));
        parameters.Add(Text(session.Urls.Success.ToString()));
        parameters.Add(Text(session.Urls.Cancel.ToString()));
        parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. session.Urls.Order.Select(u => u.ToString())] });
        parameters.Add(Text((string?)DomainConverters.AccountOwner.ConvertToProvider(route.CreditedAccount)));
        parameters.Add(new NpgsqlParameter<long> { TypedValue = route.ProofRecipient.Value });
        parameters.Add(Text(route.Addressing.ToString()));
        parameters.Add(Text(route.Path.Kind.ToString()));
        parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. route.Path.Hops.Select(o => o.Value)] });
        parameters.Add(Text(session.Status.ToString()));
        parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = session.CreatedAt });
        parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = session.ExpiresAt });
    }

    private static NpgsqlParameter Text(string? value) =>
        new() { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text, Value = (object?)value ?? DBNull.Value };
}
