using System.Text;

namespace OpenCharge.Checkout.UnitTests.Builders;

/// <summary>The worked examples of shared/protocol/authentication.md §8, verbatim.</summary>
internal static class AuthenticationVectors
{
    public const string PrivateKeyHex = "1234567890abcdef1234567890abcdef1234567890abcdef1234567890abcdef";

    public const string PublicKey = "bb50e2d89a4ed70663d080659fe0ad4b9bc3e06c17a227433966cb59ceee020decddbf6e00192011648d13b1c00af770c0c1bb609d4d3a5c98a43772e0e18ef4";

    public static byte[] PrivateKey => Convert.FromHexString(PrivateKeyHex);

    public static class Request
    {
        public const string Body = """{"amount":"100.00","currency":"USD"}""";
        public const string BodyHash = "6779770784a6b90aab2c50ad2c48f58eb4d1dc8017e65c5850cdb0869b7060ce";
        public const string Canonical = "200\n1706500000\nreq_test123\nPOST\n/opencharge/payment/create\n6779770784a6b90aab2c50ad2c48f58eb4d1dc8017e65c5850cdb0869b7060ce";
        public const string Digest = "a51875169505d640b70b0cddb224b4bbb42120a9322abb9951553d2aa0a3fa49";
        public const string Signature = "08bb6427e9df77920b3c08ba65e7b4d02436ce449441060198a5084f3ca7e82e6c33455681ed53a9125fd2616428a6fb0ecd59e8fc3459175f8759e15e37e9c11b";
    }

    public static class EmptyGet
    {
        public const string Canonical = "200\n1706500000\nreq_test456\nGET\n/opencharge/verify/barclays_tx_456\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        public const string Digest = "fa4c07022e1ef411cfc94a1cc708f81d471d253ad132dd9b728e760962de4041";
        public const string Signature = "b98f1bbccd96218dbff6844f06f5100cad098ecadc93bfc22633c9e35227eb837a1c7f0943c0c45954e120f3a467653c2ab8fd102c02b123c924cffc32fb71b51b";
    }

    public static class Response
    {
        public const string Body = """{"status":"accepted","txid":"gateway_tx_456"}""";
        public const string BodyHash = "b5b7b06086ac6682b4d898880cef3afb639a869e05af4116a74f762cfd2674d8";
        public const string Canonical = "200\n1706500001\n200\nb5b7b06086ac6682b4d898880cef3afb639a869e05af4116a74f762cfd2674d8";
        public const string Digest = "15f17fcf09416faa460184e899f897ca425964c2b25883ce6a8d85e7cbcbf5b7";
        public const string Signature = "7d46b68e59794f22f77f734fde20022c2a84b79aaa4b5c9ccce62f833cbf52a56a562fc1aa64edc7e09890dbcde3e79d2b10f7e5d1b9be4b70c3a82fd5af99611c";
    }

    public static class Proof
    {
        // Keys deliberately out of order, with whitespace, as a peer might send them.
        public const string Input = """
            {
              "txid": "test_tx_001",
              "to": { "reference": "momo_tx_789", "ocid": 300 },
              "timestamp": 1706500500,
              "issuer": 100,
              "from": { "reference": "paypal_tx_123", "ocid": 200 },
              "currency": "UGX",
              "amount": "10000.00"
            }
            """;
        public const string Canonical = """{"amount":"10000.00","currency":"UGX","from":{"ocid":200,"reference":"paypal_tx_123"},"issuer":100,"timestamp":1706500500,"to":{"ocid":300,"reference":"momo_tx_789"},"txid":"test_tx_001"}""";
        public const string Digest = "de7bd3d228672f527ee55effdeb4d4aeb5c52d343bd87c75461478c34580ae5f";
        public const string Signature = "65c774ae5d87d2724c698fd11f49d444267b15a513c1d70625c29bf965c33bc03ca45e2b78db7ba01c683f279cb431430d59bd0d4753196992074d0b67ff36921b";
    }

    public static class Order
    {
        public const string Input = """
            {
              "id": "ord_abc123",
              "ocid": 500,
              "reference": "INV-001",
              "amount": "99.99",
              "currency": "USD",
              "memo": "Order from Merchant Store",
              "items": [ { "name": "Product A", "quantity": 1, "price": "99.99", "id": "item_001" } ],
              "accepts": [100, 101, 102],
              "expiresAt": 1706400000,
              "createdAt": 1706313600
            }
            """;
        public const string Canonical = """{"accepts":[100,101,102],"amount":"99.99","createdAt":1706313600,"currency":"USD","expiresAt":1706400000,"id":"ord_abc123","items":[{"id":"item_001","name":"Product A","price":"99.99","quantity":1}],"memo":"Order from Merchant Store","ocid":500,"reference":"INV-001"}""";
        public const string Digest = "7a4a7a8ee2df3e56d5e6cce997426e19f393dd1c55c777617e1ff15d7e3df983";
        public const string Signature = "a669aa1e5551be4d65848178c3947da0763f8b0cca319437e8da07c0828151442139e883e27942d6448e67870db979968a87afb727d8228160d7ada68817dfb81b";
    }

    public static class MetadataConfig
    {
        public const string Input = """
            {
              "publicKey": "bb50e2d89a4ed70663d080659fe0ad4b9bc3e06c17a227433966cb59ceee020decddbf6e00192011648d13b1c00af770c0c1bb609d4d3a5c98a43772e0e18ef4",
              "endpoint": "https://api.wallet.example/opencharge",
              "settlement": { "currencies": ["USD", "EUR"], "accepts": [100, 101, 102] },
              "capabilities": ["checkout.create", "orders.create.session", "transfer.create", "transfer.webhook"]
            }
            """;
        public const string Canonical = """{"capabilities":["checkout.create","orders.create.session","transfer.create","transfer.webhook"],"endpoint":"https://api.wallet.example/opencharge","publicKey":"bb50e2d89a4ed70663d080659fe0ad4b9bc3e06c17a227433966cb59ceee020decddbf6e00192011648d13b1c00af770c0c1bb609d4d3a5c98a43772e0e18ef4","settlement":{"accepts":[100,101,102],"currencies":["USD","EUR"]}}""";
        public const string Digest = "5001e9217876f464a56b896f32df76e66e42ca6b2e1b284606d1573823efc880";
        public const string Signature = "8872fff7be6b1ec75232a98297eaedc5b1bc4c76bb478857f512a167dc218f5a4e38373dae2b0312007da0879dd30e00296e21f3165539023eb32a1642f5c1e71c";
    }

    /// <summary>Every signed message of §8 (canonical strings and canonical JSON) with its signature.</summary>
    public static TheoryData<string, string> SignedMessages => new()
    {
        { Request.Canonical, Request.Signature },
        { EmptyGet.Canonical, EmptyGet.Signature },
        { Response.Canonical, Response.Signature },
        { Proof.Canonical, Proof.Signature },
        { Order.Canonical, Order.Signature },
        { MetadataConfig.Canonical, MetadataConfig.Signature },
    };

    /// <summary>The §8 objects as unsorted input JSON, with their canonical form, digest and signature.</summary>
    public static TheoryData<string, string, string, string> SignedObjects => new()
    {
        { Proof.Input, Proof.Canonical, Proof.Digest, Proof.Signature },
        { Order.Input, Order.Canonical, Order.Digest, Order.Signature },
        { MetadataConfig.Input, MetadataConfig.Canonical, MetadataConfig.Digest, MetadataConfig.Signature },
    };

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
