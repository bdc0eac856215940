using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OpenCharge.Checkout.Sandbox.Migrations
{
    /// <inheritdoc />
    public partial class SandboxSettlementPeers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_gateway_forwards_demo_orders_order_id",
                schema: "sandbox",
                table: "gateway_forwards");

            migrationBuilder.DropIndex(
                name: "IX_gateway_forwards_order_id",
                schema: "sandbox",
                table: "gateway_forwards");

            migrationBuilder.DropIndex(
                name: "IX_gateway_forwards_proof_txid",
                schema: "sandbox",
                table: "gateway_forwards");

            migrationBuilder.AlterColumn<string>(
                name: "received_txid",
                schema: "sandbox",
                table: "gateway_forwards",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(128)",
                oldMaxLength: 128);

            migrationBuilder.AlterColumn<long>(
                name: "received_issuer",
                schema: "sandbox",
                table: "gateway_forwards",
                type: "bigint",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "bigint");

            migrationBuilder.AddColumn<string>(
                name: "sender",
                schema: "sandbox",
                table: "gateway_forwards",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                // Every row written before this migration is a Demo Gateway forward.
                defaultValue: "Gateway");

            migrationBuilder.CreateTable(
                name: "peer_accounts",
                schema: "sandbox",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    peer = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    holder_ocid = table.Column<long>(type: "bigint", nullable: false),
                    currency = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    is_house = table.Column<bool>(type: "boolean", nullable: false),
                    balance_minor = table.Column<long>(type: "bigint", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_peer_accounts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "peer_payments",
                schema: "sandbox",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    peer = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    txid = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    caller_ocid = table.Column<long>(type: "bigint", nullable: false),
                    request_key = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    to_ocid = table.Column<long>(type: "bigint", nullable: false),
                    proof_reference = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    amount = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    currency = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    settled_by_issuer = table.Column<long>(type: "bigint", nullable: true),
                    settled_by_txid = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    proof_json = table.Column<string>(type: "text", nullable: true),
                    signature = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_peer_payments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "peer_transfers",
                schema: "sandbox",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    peer = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    txid = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    caller_ocid = table.Column<long>(type: "bigint", nullable: false),
                    idempotency_key = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    reference_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    to_ocid = table.Column<long>(type: "bigint", nullable: false),
                    to_reference = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    amount = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    currency = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    proof_json = table.Column<string>(type: "text", nullable: false),
                    signature = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_peer_transfers", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_gateway_forwards_order_id",
                schema: "sandbox",
                table: "gateway_forwards",
                column: "order_id",
                unique: true,
                filter: "sender = 'Gateway'");

            migrationBuilder.CreateIndex(
                name: "IX_gateway_forwards_sender_proof_txid",
                schema: "sandbox",
                table: "gateway_forwards",
                columns: new[] { "sender", "proof_txid" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_peer_accounts_peer_holder_ocid_currency",
                schema: "sandbox",
                table: "peer_accounts",
                columns: new[] { "peer", "holder_ocid", "currency" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_peer_payments_peer_caller_ocid_request_key",
                schema: "sandbox",
                table: "peer_payments",
                columns: new[] { "peer", "caller_ocid", "request_key" },
                unique: true,
                filter: "request_key IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_peer_payments_peer_settled_by_issuer_settled_by_txid",
                schema: "sandbox",
                table: "peer_payments",
                columns: new[] { "peer", "settled_by_issuer", "settled_by_txid" },
                unique: true,
                filter: "settled_by_txid IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_peer_payments_peer_txid",
                schema: "sandbox",
                table: "peer_payments",
                columns: new[] { "peer", "txid" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_peer_transfers_peer_caller_ocid_idempotency_key",
                schema: "sandbox",
                table: "peer_transfers",
                columns: new[] { "peer", "caller_ocid", "idempotency_key" },
                unique: true,
                filter: "idempotency_key IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_peer_transfers_peer_caller_ocid_reference_key",
                schema: "sandbox",
                table: "peer_transfers",
                columns: new[] { "peer", "caller_ocid", "reference_key" },
                unique: true,
                filter: "reference_key IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_peer_transfers_peer_txid",
                schema: "sandbox",
                table: "peer_transfers",
                columns: new[] { "peer", "txid" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "peer_accounts",
                schema: "sandbox");

            migrationBuilder.DropTable(
                name: "peer_payments",
                schema: "sandbox");

            migrationBuilder.DropTable(
                name: "peer_transfers",
                schema: "sandbox");

            migrationBuilder.DropIndex(
                name: "IX_gateway_forwards_order_id",
                schema: "sandbox",
                table: "gateway_forwards");

            migrationBuilder.DropIndex(
                name: "IX_gateway_forwards_sender_proof_txid",
                schema: "sandbox",
                table: "gateway_forwards");

            migrationBuilder.DropColumn(
                name: "sender",
                schema: "sandbox",
                table: "gateway_forwards");

            migrationBuilder.AlterColumn<string>(
                name: "received_txid",
                schema: "sandbox",
                table: "gateway_forwards",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(128)",
                oldMaxLength: 128,
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "received_issuer",
                schema: "sandbox",
                table: "gateway_forwards",
                type: "bigint",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_gateway_forwards_order_id",
                schema: "sandbox",
                table: "gateway_forwards",
                column: "order_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_gateway_forwards_proof_txid",
                schema: "sandbox",
                table: "gateway_forwards",
                column: "proof_txid",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_gateway_forwards_demo_orders_order_id",
                schema: "sandbox",
                table: "gateway_forwards",
                column: "order_id",
                principalSchema: "sandbox",
                principalTable: "demo_orders",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
