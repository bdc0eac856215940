using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenCharge.Checkout.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class LeanHotPathIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_seen_nonces_seen_at",
                table: "seen_nonces");

            migrationBuilder.DropIndex(
                name: "IX_checkout_sessions_proof_txid",
                table: "checkout_sessions");

            migrationBuilder.CreateIndex(
                name: "IX_seen_nonces_seen_at",
                table: "seen_nonces",
                column: "seen_at")
                .Annotation("Npgsql:IndexMethod", "brin");

            migrationBuilder.CreateIndex(
                name: "IX_checkout_sessions_proof_txid",
                table: "checkout_sessions",
                column: "proof_txid",
                unique: true,
                filter: "proof_txid IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_seen_nonces_seen_at",
                table: "seen_nonces");

            migrationBuilder.DropIndex(
                name: "IX_checkout_sessions_proof_txid",
                table: "checkout_sessions");

            migrationBuilder.CreateIndex(
                name: "IX_seen_nonces_seen_at",
                table: "seen_nonces",
                column: "seen_at");

            migrationBuilder.CreateIndex(
                name: "IX_checkout_sessions_proof_txid",
                table: "checkout_sessions",
                column: "proof_txid",
                unique: true);
        }
    }
}
