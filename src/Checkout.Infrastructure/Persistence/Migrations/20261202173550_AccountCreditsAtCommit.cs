using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenCharge.Checkout.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AccountCreditsAtCommit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A credit to a shared account (a merchant's, the gateway's) is queued here and applied by a deferred trigger
            // during COMMIT: the account's row is then locked only while PostgreSQL commits, never across a round trip
            // to the app, so many payers into one merchant stop queueing behind each other's network and scheduling
            // delays. The row is deleted as it is applied; the table is empty outside a committing transaction. No
            // foreign key: its check would take a share lock on the very row this avoids holding.
            migrationBuilder.Sql("""
                CREATE TABLE account_credits_at_commit (
                    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    account_id uuid NOT NULL,
                    amount_minor bigint NOT NULL CHECK (amount_minor > 0));
                CREATE FUNCTION apply_account_credit_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE accounts SET balance_minor = balance_minor + NEW.amount_minor WHERE id = NEW.account_id;
                    IF NOT FOUND THEN
                        RAISE EXCEPTION 'account % to credit does not exist', NEW.account_id USING ERRCODE = 'foreign_key_violation';
                    END IF;
                    DELETE FROM account_credits_at_commit WHERE id = NEW.id;
                    RETURN NULL;
                END
                $$;
                CREATE CONSTRAINT TRIGGER account_credit_at_commit AFTER INSERT ON account_credits_at_commit
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION apply_account_credit_at_commit();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TABLE account_credits_at_commit;
                DROP FUNCTION apply_account_credit_at_commit();
                """);
        }
    }
}
