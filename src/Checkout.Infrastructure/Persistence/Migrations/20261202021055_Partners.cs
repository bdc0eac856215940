using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenCharge.Checkout.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Partners : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "partners",
                columns: table => new
                {
                    ocid = table.Column<long>(type: "bigint", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    roles = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    proof_addressing = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    redirect_hosts = table.Column<string[]>(type: "text[]", nullable: false),
                    reserve_currencies = table.Column<string[]>(type: "text[]", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partners", x => x.ocid);
                });

            migrationBuilder.CreateTable(
                name: "partner_holdings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    partner_ocid = table.Column<long>(type: "bigint", nullable: false),
                    currency = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    mirrored_balance_minor = table.Column<long>(type: "bigint", nullable: false),
                    low_balance_threshold_minor = table.Column<long>(type: "bigint", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partner_holdings", x => x.id);
                    table.ForeignKey(
                        name: "FK_partner_holdings_partners_partner_ocid",
                        column: x => x.partner_ocid,
                        principalTable: "partners",
                        principalColumn: "ocid",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_partner_holdings_partner_ocid_currency",
                table: "partner_holdings",
                columns: new[] { "partner_ocid", "currency" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "partner_holdings");

            migrationBuilder.DropTable(
                name: "partners");
        }
    }
}
