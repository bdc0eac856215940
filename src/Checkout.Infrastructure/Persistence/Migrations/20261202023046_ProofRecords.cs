using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenCharge.Checkout.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ProofRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_accounts_balance_not_negative",
                table: "accounts");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "window_started_at",
                table: "webhook_deliveries",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "wallet_reference",
                table: "AspNetUsers",
                type: "character varying(31)",
                maxLength: 31,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "proof_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    issuer = table.Column<long>(type: "bigint", nullable: false),
                    txid = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    direction = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    proof_json = table.Column<string>(type: "text", nullable: false),
                    signature = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    from_ocid = table.Column<long>(type: "bigint", nullable: true),
                    from_reference = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    to_ocid = table.Column<long>(type: "bigint", nullable: false),
                    to_reference = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    amount = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    currency = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sender_ocid = table.Column<long>(type: "bigint", nullable: true),
                    session_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_proof_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "transfers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    caller_ocid = table.Column<long>(type: "bigint", nullable: false),
                    from_reference = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    to_reference = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    to_ocid = table.Column<long>(type: "bigint", nullable: false),
                    amount = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    currency = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    txid = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transfers", x => x.id);
                });

            // Existing rows: the retry window counts from creation as before; every user gets its own wallet reference;
            // every proof we already signed is recorded from its outbox payload, whose envelope we wrote as
            // {"proof":<canonical>,"signature":"<sig>"}, so the signed bytes are cut out unchanged.
            migrationBuilder.Sql("UPDATE webhook_deliveries SET window_started_at = created_at;");
            migrationBuilder.Sql("""
                UPDATE "AspNetUsers" SET wallet_reference = 'wallet_' || substr(replace(gen_random_uuid()::text, '-', ''), 1, 24);
                """);
            migrationBuilder.Sql("""
                INSERT INTO proof_records (id, issuer, txid, direction, proof_json, signature, from_ocid, from_reference,
                                           to_ocid, to_reference, amount, currency, created_at, session_id)
                SELECT DISTINCT ON (d.issuer, d.txid)
                       gen_random_uuid(), d.issuer, d.txid, 'Issued',
                       substr(d.payload, 10, length(d.payload) - 25 - length(d.payload::jsonb->>'signature')),
                       d.payload::jsonb->>'signature',
                       (d.payload::jsonb#>>'{proof,from,ocid}')::bigint, d.payload::jsonb#>>'{proof,from,reference}',
                       (d.payload::jsonb#>>'{proof,to,ocid}')::bigint, d.payload::jsonb#>>'{proof,to,reference}',
                       d.payload::jsonb#>>'{proof,amount}', d.payload::jsonb#>>'{proof,currency}', d.created_at, s.id
                FROM webhook_deliveries d
                LEFT JOIN checkout_sessions s ON s.proof_txid = d.txid
                ORDER BY d.issuer, d.txid, d.created_at;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_wallet_reference",
                table: "AspNetUsers",
                column: "wallet_reference",
                unique: true);

            migrationBuilder.AddCheckConstraint(
                name: "ck_accounts_balance_not_negative",
                table: "accounts",
                sql: "balance_minor >= 0 OR owner LIKE 'SandboxFunding:%' OR owner LIKE 'PartnerClearing:%'");

            migrationBuilder.CreateIndex(
                name: "IX_proof_records_issuer_txid",
                table: "proof_records",
                columns: new[] { "issuer", "txid" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_proof_records_session_id",
                table: "proof_records",
                column: "session_id");

            migrationBuilder.CreateIndex(
                name: "IX_transfers_caller_ocid_from_reference_to_reference",
                table: "transfers",
                columns: new[] { "caller_ocid", "from_reference", "to_reference" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "proof_records");

            migrationBuilder.DropTable(
                name: "transfers");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_wallet_reference",
                table: "AspNetUsers");

            migrationBuilder.DropCheckConstraint(
                name: "ck_accounts_balance_not_negative",
                table: "accounts");

            migrationBuilder.DropColumn(
                name: "window_started_at",
                table: "webhook_deliveries");

            migrationBuilder.DropColumn(
                name: "wallet_reference",
                table: "AspNetUsers");

            migrationBuilder.AddCheckConstraint(
                name: "ck_accounts_balance_not_negative",
                table: "accounts",
                sql: "balance_minor >= 0 OR owner LIKE 'SandboxFunding:%'");
        }
    }
}
