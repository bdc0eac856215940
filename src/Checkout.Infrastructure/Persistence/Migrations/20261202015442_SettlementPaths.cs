using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenCharge.Checkout.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SettlementPaths : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long[]>(
                name: "settlement_hops",
                table: "checkout_sessions",
                type: "bigint[]",
                nullable: false,
                defaultValue: new long[0]);

            migrationBuilder.AddColumn<string>(
                name: "settlement_path",
                table: "checkout_sessions",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            // Sessions opened before paths existed settled inside our ledger: direct when the merchant was credited.
            migrationBuilder.Sql(
                "UPDATE checkout_sessions SET settlement_path = CASE WHEN credited_account LIKE 'Merchant:%' THEN 'Direct' ELSE 'GatewayAccount' END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "settlement_hops",
                table: "checkout_sessions");

            migrationBuilder.DropColumn(
                name: "settlement_path",
                table: "checkout_sessions");
        }
    }
}
