using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenCharge.Checkout.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// One index instead of two keyed by the order id (issue 11): each create inserted into both at a random leaf.
    /// <c>ux_checkout_sessions_live_order</c> now leads with the order id and covers every session, so it also serves
    /// the searches by order id that <c>ix_grid_sessions_order_id</c> served. It stays unique for live sessions only:
    /// a live one (open, processing or paid) is keyed by the nil UUID, so two live sessions of one (order, merchant,
    /// gateway) collide, while a closed one is keyed by its own id and never does.
    /// </summary>
    public partial class FoldOrderSearchIntoLiveOrderIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX ux_checkout_sessions_live_order, ix_grid_sessions_order_id;
                CREATE UNIQUE INDEX ux_checkout_sessions_live_order ON checkout_sessions (order_id, merchant_ocid, merchant_gateway_ocid,
                    (CASE WHEN status IN ('Open', 'Processing', 'Paid') THEN '00000000-0000-0000-0000-000000000000'::uuid ELSE id END));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX ux_checkout_sessions_live_order;
                CREATE UNIQUE INDEX ux_checkout_sessions_live_order ON checkout_sessions (merchant_gateway_ocid, merchant_ocid, order_id)
                    WHERE status IN ('Open', 'Processing', 'Paid');
                CREATE INDEX ix_grid_sessions_order_id ON checkout_sessions (order_id);
                """);
        }
    }
}
