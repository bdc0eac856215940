using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenCharge.Checkout.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class WalletQrSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "channel",
                table: "checkout_sessions",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "HostedCheckout");

            migrationBuilder.AddColumn<string>(
                name: "shopper_user_id",
                table: "checkout_sessions",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "qr_sessions",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    short_code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    shopper_user_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    merchant_ocid = table.Column<long>(type: "bigint", nullable: true),
                    checkout_session_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_qr_sessions", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_qr_sessions_checkout_session_id",
                table: "qr_sessions",
                column: "checkout_session_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_qr_sessions_shopper_user_id_status",
                table: "qr_sessions",
                columns: new[] { "shopper_user_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ux_qr_sessions_short_code",
                table: "qr_sessions",
                column: "short_code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "qr_sessions");

            migrationBuilder.DropColumn(
                name: "channel",
                table: "checkout_sessions");

            migrationBuilder.DropColumn(
                name: "shopper_user_id",
                table: "checkout_sessions");
        }
    }
}
