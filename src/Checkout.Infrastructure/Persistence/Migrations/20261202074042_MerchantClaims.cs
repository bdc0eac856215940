using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenCharge.Checkout.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MerchantClaims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "merchant_claims",
                columns: table => new
                {
                    ocid = table.Column<long>(type: "bigint", nullable: false),
                    user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    claimed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_merchant_claims", x => new { x.ocid, x.user_id });
                    table.ForeignKey(
                        name: "FK_merchant_claims_AspNetUsers_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_merchant_claims_user_id",
                table: "merchant_claims",
                column: "user_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "merchant_claims");
        }
    }
}
