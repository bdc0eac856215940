using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenCharge.Checkout.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class GuardIdempotencyAndPaidOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "claim_token",
                table: "idempotency_records",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "lease_expires_at",
                table: "idempotency_records",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "content_fingerprint",
                table: "checkout_sessions",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_idempotency_records_created_at",
                table: "idempotency_records",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ux_checkout_sessions_paid_order",
                table: "checkout_sessions",
                columns: new[] { "merchant_ocid", "order_id" },
                unique: true,
                filter: "status = 'Paid'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_idempotency_records_created_at",
                table: "idempotency_records");

            migrationBuilder.DropIndex(
                name: "ux_checkout_sessions_paid_order",
                table: "checkout_sessions");

            migrationBuilder.DropColumn(
                name: "claim_token",
                table: "idempotency_records");

            migrationBuilder.DropColumn(
                name: "lease_expires_at",
                table: "idempotency_records");

            migrationBuilder.DropColumn(
                name: "content_fingerprint",
                table: "checkout_sessions");
        }
    }
}
