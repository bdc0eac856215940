using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

using Npgsql;

using OpenCharge.Checkout.E2E.FakePeers;

namespace OpenCharge.Checkout.E2E.Sandbox;

/// <summary>A proof a sandbox peer stored for an order, read straight from <c>sandbox.received_proofs</c>.</summary>
public sealed record StoredProof(long Issuer, string ProofJson, string Signature)
{
    /// <summary>The proof the Demo Store (received_by = Store) holds for <paramref name="orderId"/>.</summary>
    public static async Task<StoredProof> AtStoreAsync(string connectionString, string orderId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT issuer, proof_json, signature FROM sandbox.received_proofs WHERE order_id = @order AND received_by = 'Store'", connection);
        command.Parameters.AddWithValue("order", orderId);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"The Demo Store holds no proof for {orderId}.");
        return new StoredProof(reader.GetInt64(0), reader.GetString(1), reader.GetString(2));
    }

    /// <summary>
    /// The end of every point-of-sale flow: the store holds a proof for <paramref name="orderId"/> issued by our gateway
    /// (OCID 200), whose signature OpenSSL verifies with the key our metadata publishes.
    /// </summary>
    public static async Task AssertOursAtStoreAsync(string connectionString, string baseUrl, string orderId)
    {
        var proof = await AtStoreAsync(connectionString, orderId);

        Assert.Equal(200, proof.Issuer);
        Assert.True(await proof.VerifiesWithKeyAtAsync(baseUrl + "/opencharge/metadata.json"), $"Our proof for {orderId} does not verify.");
    }

    /// <summary>Checks the signature with OpenSSL against the key the issuer publishes at <paramref name="metadataUrl"/>.</summary>
    public async Task<bool> VerifiesWithKeyAtAsync(string metadataUrl)
    {
        using var http = new HttpClient();
        var metadata = await http.GetFromJsonAsync<JsonElement>(metadataUrl);
        var publicKey = metadata.GetProperty("config").GetProperty("publicKey").GetString()!;
        return IndependentVerifier.Verify(publicKey, Encoding.UTF8.GetBytes(ProofJson), Signature);
    }
}
