namespace OpenCharge.Checkout.UnitTests.Postgres.BackOffice.Transactions;

/// <summary>The rows of <see cref="TransactionBooks"/>: ids end in their name (s1 … s6, a1, b1, d1), times are whole minutes in November 2026.</summary>
internal static class TransactionRows
{
    private const string SessionColumns = """
        INSERT INTO checkout_sessions (id, merchant_gateway_ocid, merchant_ocid, channel, order_id, order_json, order_signature, content_fingerprint,
            amount, amount_minor, currency, success_url, cancel_url, order_urls, credited_account, proof_recipient_ocid, proof_addressing,
            settlement_path, settlement_hops, status, created_at, expires_at, closed_at, payer_user_id, payment_reference, proof_txid, paid_at)
        VALUES
        """;

    public const string Sql = SessionColumns + """
        ('00000000-0000-7000-8000-000000000001', 9000, 9001, 'HostedCheckout', 'ord-1', '{}', 'sig', 'fp1', '12.50', 1250, 'USD', 'https://shop.test/ok', 'https://shop.test/no', '{}',
         'MerchantGateway:9000', 9000, 'GatewaySession', 'GatewayAccount', '{}', 'Paid', '2026-11-01 10:00Z', '2026-11-01 11:00Z', '2026-11-01 10:05Z', 'u1', 'pay_1', 'tx_s1', '2026-11-01 10:05Z'),
        ('00000000-0000-7000-8000-000000000002', 9000, 9001, 'HostedCheckout', 'ord-2', '{}', 'sig', 'fp2', '5.00', 500, 'USD', 'https://shop.test/ok', 'https://shop.test/no', '{}',
         'MerchantGateway:9000', 9000, 'GatewaySession', 'GatewayAccount', '{}', 'Open', '2026-11-02 10:00Z', '2026-11-02 11:00Z', NULL, NULL, NULL, NULL, NULL),
        ('00000000-0000-7000-8000-000000000003', 9100, 9101, 'WalletQr', 'ord-3', '{}', 'sig', 'fp3', '100.00', 10000, 'EUR', 'https://shop.test/ok', 'https://shop.test/no', '{}',
         'Merchant:9101', 9101, 'MerchantOrder', 'Direct', '{}', 'Paid', '2026-11-03 10:00Z', '2026-11-03 11:00Z', '2026-11-03 10:01Z', 'u2', 'pay_3', 'tx_s3', '2026-11-03 10:01Z'),
        ('00000000-0000-7000-8000-000000000004', 9000, 9002, 'HostedCheckout', 'ord-4', '{}', 'sig', 'fp4', '250.00', 25000, 'USD', 'https://shop.test/ok', 'https://shop.test/no', '{}',
         'SettlementInFlight:100', 9002, 'MerchantOrder', 'CommonProvider', '{100,300}', 'Processing', '2026-11-04 10:00Z', '2026-11-04 11:00Z', NULL, 'u1', 'pay_4', 'tx_s4', '2026-11-04 10:02Z'),
        ('00000000-0000-7000-8000-000000000005', 9000, 9001, 'HostedCheckout', 'ord-5', '{}', 'sig', 'fp5', '7.25', 725, 'USD', 'https://shop.test/ok', 'https://shop.test/no', '{}',
         'MerchantGateway:9000', 9000, 'GatewaySession', 'GatewayAccount', '{}', 'Cancelled', '2026-11-05 10:00Z', '2026-11-05 11:00Z', '2026-11-05 10:03Z', NULL, NULL, NULL, NULL),
        ('00000000-0000-7000-8000-000000000006', 9000, 9001, 'ScannedOrder', '=cmd|1', '{}', 'sig', 'fp6', '0.99', 99, 'USD', 'https://shop.test/ok', 'https://shop.test/no', '{}',
         'Merchant:9001', 9001, 'MerchantOrder', 'Direct', '{}', 'Paid', '2026-11-06 10:00Z', '2026-11-06 11:00Z', '2026-11-06 10:04Z', 'u1', 'pay_6', 'tx_s6', '2026-11-06 10:04Z');

        INSERT INTO transfers (id, caller_ocid, from_reference, to_reference, to_ocid, amount, currency, txid, created_at) VALUES
        ('00000000-0000-7000-8000-0000000000a1', 9300, 'r1', 'ord-a', 9001, '40.00', 'USD', 'tr_1', '2026-11-07 10:00Z'),
        ('00000000-0000-7000-8000-0000000000a2', 9300, 'r2', 'ord-b', 9101, '3.10', 'EUR', 'tr_2', '2026-11-08 10:00Z');

        INSERT INTO proof_records (id, issuer, txid, direction, proof_json, signature, from_ocid, from_reference, to_ocid, to_reference, amount, currency, created_at, sender_ocid, session_id) VALUES
        ('00000000-0000-7000-8000-0000000000b1', 200, 'tx_s1', 'Issued', '{}', 'sig', 200, 'pay_1', 9000, 'ord-1', '12.50', 'USD', '2026-11-01 10:05Z', NULL, '00000000-0000-7000-8000-000000000001'),
        ('00000000-0000-7000-8000-0000000000b2', 9000, 'gw_1', 'Received', '{}', 'sig', 9000, 'x', 200, 'top-up', '12.50', 'USD', '2026-11-01 10:06Z', 9000, NULL),
        ('00000000-0000-7000-8000-0000000000b3', 200, 'tx_s3', 'Issued', '{}', 'sig', 200, 'pay_3', 9101, 'ord-3', '100.00', 'EUR', '2026-11-03 10:01Z', NULL, '00000000-0000-7000-8000-000000000003');

        INSERT INTO accounts (id, owner, currency, balance_minor) VALUES
        ('00000000-0000-7000-8000-0000000000c1', 'SandboxFunding:sandbox', 'USD', -1250),
        ('00000000-0000-7000-8000-0000000000c2', 'Shopper:u1', 'USD', 0),
        ('00000000-0000-7000-8000-0000000000c3', 'MerchantGateway:9000', 'USD', 1250);
        INSERT INTO ledger_transactions (id, kind, currency, reference, created_at) VALUES
        ('00000000-0000-7000-8000-0000000000e1', 'SandboxTopUp', 'USD', 'sandbox-top-up', '2026-11-01 09:00Z'),
        ('00000000-0000-7000-8000-0000000000e2', 'CheckoutPayment', 'USD', 'sess_00000000000070008000000000000001', '2026-11-01 10:05Z');
        INSERT INTO ledger_entries (transaction_id, account_id, amount_minor) VALUES
        ('00000000-0000-7000-8000-0000000000e1', '00000000-0000-7000-8000-0000000000c1', -1250),
        ('00000000-0000-7000-8000-0000000000e1', '00000000-0000-7000-8000-0000000000c2', 1250),
        ('00000000-0000-7000-8000-0000000000e2', '00000000-0000-7000-8000-0000000000c2', -1250),
        ('00000000-0000-7000-8000-0000000000e2', '00000000-0000-7000-8000-0000000000c3', 1250);

        INSERT INTO webhook_deliveries (id, target_ocid, path, payload, issuer, txid, status, attempt_count, created_at, next_attempt_at, window_started_at, completed_at, last_message)
        VALUES ('00000000-0000-7000-8000-0000000000d1', 9000, '/transfer/webhook', '{}', 200, 'tx_s1', 'Rejected', 1, '2026-11-01 10:05Z', '2026-11-01 10:05Z', '2026-11-01 10:05Z', '2026-11-01 10:05Z', 'unknown order');
        INSERT INTO webhook_delivery_attempts (delivery_id, attempted_at, http_status, latency_ms, outcome, response_excerpt)
        VALUES ('00000000-0000-7000-8000-0000000000d1', '2026-11-01 10:05:01Z', 200, 42, 'Rejected', '{"status":"rejected","message":"unknown order"}');
        """;
}
