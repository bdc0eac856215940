using Microsoft.EntityFrameworkCore.Migrations;

using OpenCharge.Checkout.Infrastructure.Webhooks;

#nullable disable

namespace OpenCharge.Checkout.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DeliveryDueNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_webhook_deliveries_leased_until",
                table: "webhook_deliveries",
                column: "leased_until",
                filter: "leased_until IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_webhook_deliveries_next_attempt_at_id",
                table: "webhook_deliveries",
                columns: new[] { "next_attempt_at", "id" },
                filter: "status = 'Pending'");

            // NOTIFY inside the enqueueing transaction: PostgreSQL delivers it at commit and never on rollback, whatever
            // code wrote the row. A retry stays Pending and is due later, so only a new row or a requeue notifies.
            migrationBuilder.Sql($"""
                CREATE FUNCTION webhook_delivery_due_notify() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('{DeliveryNotifications.Channel}', NEW.target_ocid::text);
                    RETURN NULL;
                END
                $$;
                CREATE TRIGGER webhook_delivery_due_on_insert AFTER INSERT ON webhook_deliveries
                    FOR EACH ROW WHEN (NEW.status = 'Pending') EXECUTE FUNCTION webhook_delivery_due_notify();
                CREATE TRIGGER webhook_delivery_due_on_requeue AFTER UPDATE OF status ON webhook_deliveries
                    FOR EACH ROW WHEN (NEW.status = 'Pending' AND OLD.status <> 'Pending') EXECUTE FUNCTION webhook_delivery_due_notify();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER webhook_delivery_due_on_requeue ON webhook_deliveries;
                DROP TRIGGER webhook_delivery_due_on_insert ON webhook_deliveries;
                DROP FUNCTION webhook_delivery_due_notify();
                """);

            migrationBuilder.DropIndex(
                name: "IX_webhook_deliveries_leased_until",
                table: "webhook_deliveries");

            migrationBuilder.DropIndex(
                name: "IX_webhook_deliveries_next_attempt_at_id",
                table: "webhook_deliveries");
        }
    }
}
