using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OpenCharge.Checkout.Sandbox.Migrations
{
    /// <inheritdoc />
    public partial class CreateSandboxStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "sandbox");

            migrationBuilder.CreateTable(
                name: "demo_orders",
                schema: "sandbox",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    order_json = table.Column<string>(type: "text", nullable: false),
                    signature = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    amount = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    currency = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    checkout_url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    session_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    paid_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    paid_issuer = table.Column<long>(type: "bigint", nullable: true),
                    paid_txid = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_demo_orders", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "received_webhooks",
                schema: "sandbox",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    received_by = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    caller_ocid = table.Column<long>(type: "bigint", nullable: true),
                    order_reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    txid = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    status_code = table.Column<int>(type: "integer", nullable: false),
                    outcome = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    message = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_received_webhooks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "received_proofs",
                schema: "sandbox",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    issuer = table.Column<long>(type: "bigint", nullable: false),
                    txid = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    order_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    proof_json = table.Column<string>(type: "text", nullable: false),
                    signature = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    received_by = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_received_proofs", x => x.id);
                    table.ForeignKey(
                        name: "FK_received_proofs_demo_orders_order_id",
                        column: x => x.order_id,
                        principalSchema: "sandbox",
                        principalTable: "demo_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_demo_orders_session_id",
                schema: "sandbox",
                table: "demo_orders",
                column: "session_id");

            migrationBuilder.CreateIndex(
                name: "IX_received_proofs_issuer_txid",
                schema: "sandbox",
                table: "received_proofs",
                columns: new[] { "issuer", "txid" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_received_proofs_order_id",
                schema: "sandbox",
                table: "received_proofs",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "IX_received_webhooks_order_reference",
                schema: "sandbox",
                table: "received_webhooks",
                column: "order_reference");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "received_proofs",
                schema: "sandbox");

            migrationBuilder.DropTable(
                name: "received_webhooks",
                schema: "sandbox");

            migrationBuilder.DropTable(
                name: "demo_orders",
                schema: "sandbox");
        }
    }
}
