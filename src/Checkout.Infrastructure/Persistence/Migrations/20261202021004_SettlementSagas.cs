using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenCharge.Checkout.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SettlementSagas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_checkout_sessions_live_order",
                table: "checkout_sessions");

            migrationBuilder.DropIndex(
                name: "ux_checkout_sessions_paid_order",
                table: "checkout_sessions");

            migrationBuilder.AddColumn<string>(
                name: "settlement_failure",
                table: "checkout_sessions",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "settlement_sagas",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    path_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    hops = table.Column<long[]>(type: "bigint[]", nullable: false),
                    shopper_user_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    merchant_ocid = table.Column<long>(type: "bigint", nullable: false),
                    order_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    order_urls = table.Column<string[]>(type: "text[]", nullable: false),
                    amount = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    payment_reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    failure = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    leased_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    currency = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    amount_minor = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_settlement_sagas", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "settlement_saga_steps",
                columns: table => new
                {
                    step_index = table.Column<int>(type: "integer", nullable: false),
                    saga_id = table.Column<Guid>(type: "uuid", nullable: false),
                    hop = table.Column<int>(type: "integer", nullable: false),
                    operation = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    target_ocid = table.Column<long>(type: "bigint", nullable: false),
                    idempotency_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    request = table.Column<string>(type: "text", nullable: true),
                    http_status = table.Column<int>(type: "integer", nullable: true),
                    remote_txid = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    awaited_reference = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    proof_json = table.Column<string>(type: "text", nullable: true),
                    proof_signature = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    failure = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_settlement_saga_steps", x => new { x.saga_id, x.step_index });
                    table.ForeignKey(
                        name: "FK_settlement_saga_steps_settlement_sagas_saga_id",
                        column: x => x.saga_id,
                        principalTable: "settlement_sagas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ux_checkout_sessions_live_order",
                table: "checkout_sessions",
                columns: new[] { "merchant_gateway_ocid", "merchant_ocid", "order_id" },
                unique: true,
                filter: "status IN ('Open', 'Processing', 'Paid')");

            migrationBuilder.CreateIndex(
                name: "ux_checkout_sessions_paid_order",
                table: "checkout_sessions",
                columns: new[] { "merchant_ocid", "order_id" },
                unique: true,
                filter: "status IN ('Paid', 'Processing')");

            migrationBuilder.CreateIndex(
                name: "IX_settlement_saga_steps_awaited_reference",
                table: "settlement_saga_steps",
                column: "awaited_reference",
                filter: "awaited_reference IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_settlement_saga_steps_idempotency_key",
                table: "settlement_saga_steps",
                column: "idempotency_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_settlement_sagas_session_id",
                table: "settlement_sagas",
                column: "session_id");

            migrationBuilder.CreateIndex(
                name: "IX_settlement_sagas_state_next_attempt_at",
                table: "settlement_sagas",
                columns: new[] { "state", "next_attempt_at" },
                filter: "state IN ('Held', 'Running')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "settlement_saga_steps");

            migrationBuilder.DropTable(
                name: "settlement_sagas");

            migrationBuilder.DropIndex(
                name: "ux_checkout_sessions_live_order",
                table: "checkout_sessions");

            migrationBuilder.DropIndex(
                name: "ux_checkout_sessions_paid_order",
                table: "checkout_sessions");

            migrationBuilder.DropColumn(
                name: "settlement_failure",
                table: "checkout_sessions");

            migrationBuilder.CreateIndex(
                name: "ux_checkout_sessions_live_order",
                table: "checkout_sessions",
                columns: new[] { "merchant_gateway_ocid", "merchant_ocid", "order_id" },
                unique: true,
                filter: "status IN ('Open', 'Paid')");

            migrationBuilder.CreateIndex(
                name: "ux_checkout_sessions_paid_order",
                table: "checkout_sessions",
                columns: new[] { "merchant_ocid", "order_id" },
                unique: true,
                filter: "status = 'Paid'");
        }
    }
}
