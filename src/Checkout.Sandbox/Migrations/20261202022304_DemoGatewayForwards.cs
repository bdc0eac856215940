using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OpenCharge.Checkout.Sandbox.Migrations
{
    /// <inheritdoc />
    public partial class DemoGatewayForwards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "gateway_forwards",
                schema: "sandbox",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    order_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    received_issuer = table.Column<long>(type: "bigint", nullable: false),
                    received_txid = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    proof_txid = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    envelope_json = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    delivered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gateway_forwards", x => x.id);
                    table.ForeignKey(
                        name: "FK_gateway_forwards_demo_orders_order_id",
                        column: x => x.order_id,
                        principalSchema: "sandbox",
                        principalTable: "demo_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_gateway_forwards_next_attempt_at",
                schema: "sandbox",
                table: "gateway_forwards",
                column: "next_attempt_at");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "gateway_forwards",
                schema: "sandbox");
        }
    }
}
