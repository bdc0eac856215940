using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenCharge.Checkout.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// The back office grid (BackOffice/Transactions/TransactionSources) selects each kind in raw SQL, so these
    /// indexes are SQL too and not in the model; their own names keep them apart from any the model may add later.
    /// Time ranges and "newest first" read by time; merchant and gateway filters by OCID then time; search by order id
    /// and txid (the unique (issuer, txid) index cannot serve a txid alone).
    /// </summary>
    public partial class TransactionGridIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE INDEX ix_grid_sessions_created_at ON checkout_sessions (created_at);
                CREATE INDEX ix_grid_sessions_paid_at ON checkout_sessions (paid_at) WHERE paid_at IS NOT NULL;
                CREATE INDEX ix_grid_sessions_merchant ON checkout_sessions (merchant_ocid, created_at);
                CREATE INDEX ix_grid_sessions_gateway ON checkout_sessions (merchant_gateway_ocid, created_at);
                CREATE INDEX ix_grid_sessions_order_id ON checkout_sessions (order_id);
                CREATE INDEX ix_grid_transfers_created_at ON transfers (created_at);
                CREATE INDEX ix_grid_transfers_to_ocid ON transfers (to_ocid, created_at);
                CREATE INDEX ix_grid_transfers_txid ON transfers (txid);
                CREATE INDEX ix_grid_proofs_created_at ON proof_records (created_at);
                CREATE INDEX ix_grid_proofs_txid ON proof_records (txid);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX ix_grid_sessions_created_at, ix_grid_sessions_paid_at, ix_grid_sessions_merchant, ix_grid_sessions_gateway,
                    ix_grid_sessions_order_id, ix_grid_transfers_created_at, ix_grid_transfers_to_ocid, ix_grid_transfers_txid,
                    ix_grid_proofs_created_at, ix_grid_proofs_txid;
                """);
        }
    }
}
