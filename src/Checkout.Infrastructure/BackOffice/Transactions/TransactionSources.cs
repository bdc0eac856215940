using System.Runtime.CompilerServices;

using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.BackOffice.Transactions;

/// <summary>
/// Each kind as one SQL select of <see cref="TransactionRow"/> columns, which EF composes with the filters, sorting
/// and paging (<see cref="TransactionQueries"/>), so PostgreSQL pushes them down onto the tables' indexes. Raw SQL
/// rather than LINQ over the entities because the rows need the stored strings of typed ids, enums and currencies,
/// which LINQ cannot project without materialising them. The SQL is constant: the only value in it is a parameter.
/// </summary>
internal static class TransactionSources
{
    private static readonly string Sessions = SessionSelect(
        "s.created_at", "CASE WHEN s.status = 'Open' AND s.expires_at <= {0} THEN 'Expired' ELSE s.status END", where: "");

    private static readonly string Payments = SessionSelect("s.paid_at", "s.status", where: "WHERE s.paid_at IS NOT NULL");

    private static readonly string Transfers = $"""
        SELECT t.id AS "Key", t.created_at AS "At", 'Completed' AS "Status", t.to_ocid AS "MerchantOcid", t.caller_ocid AS "GatewayOcid",
        t.currency AS "Currency", t.amount AS "Amount", {AmountValueOf("t")} AS "AmountValue", t.to_reference AS "OrderId",
        NULL::uuid AS "SessionKey", t.txid AS "Txid", NULL::text AS "Method", NULL::text AS "Route"
        FROM transfers t
        """;

    private static readonly string Proofs = $"""
        SELECT p.id AS "Key", p.created_at AS "At", p.direction AS "Status", p.to_ocid AS "MerchantOcid", s.merchant_gateway_ocid AS "GatewayOcid",
        p.currency AS "Currency", p.amount AS "Amount", {AmountValueOf("p")} AS "AmountValue", p.to_reference AS "OrderId",
        p.session_id AS "SessionKey", p.txid AS "Txid", s.channel AS "Method", s.settlement_path AS "Route"
        FROM proof_records p LEFT JOIN checkout_sessions s ON s.id = p.session_id
        """;

    public static IQueryable<TransactionRow> Of(CheckoutDbContext db, TransactionKind kind, DateTimeOffset now)
    {
        var sql = kind switch
        {
            TransactionKind.Sessions => Sessions,
            TransactionKind.Payments => Payments,
            TransactionKind.Transfers => Transfers,
            TransactionKind.Proofs => Proofs,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        object[] parameters = kind == TransactionKind.Sessions ? [now] : [];
        return db.Database.SqlQuery<TransactionRow>(FormattableStringFactory.Create(sql, parameters));
    }

    /// <param name="at">The row's time column.</param>
    /// <param name="status">The status expression; <c>{0}</c> in it is the one parameter, now, so an open session past its expiry reads Expired as it does to the shopper.</param>
    /// <param name="where">Which sessions.</param>
    private static string SessionSelect(string at, string status, string where) => $"""
        SELECT s.id AS "Key", {at} AS "At", {status} AS "Status", s.merchant_ocid AS "MerchantOcid", s.merchant_gateway_ocid AS "GatewayOcid",
        s.currency AS "Currency", s.amount AS "Amount", {AmountValueOf("s")} AS "AmountValue", s.order_id AS "OrderId",
        s.id AS "SessionKey", s.proof_txid AS "Txid", s.channel AS "Method", s.settlement_path AS "Route"
        FROM checkout_sessions s {where}
        """;

    // A peer's amount string passed our checks, but a stray one must not fail the whole grid: it gets no numeric value.
    // No braces in the pattern: the SQL is a composite format string.
    private static string AmountValueOf(string table) =>
        $@"CASE WHEN length({table}.amount) <= 38 AND {table}.amount ~ '^[0-9]+(\.[0-9]+)?$' THEN {table}.amount::numeric END";
}
