using OpenCharge.Checkout.Infrastructure.Protocol.Outbound;

namespace OpenCharge.Checkout.Fuzz;

/// <summary>The app's OCID and published key, to tell its signed responses from the sandbox peers' and verify them.</summary>
internal sealed record OurIdentity(string PublicKey, string Ocid)
{
    /// <summary>Our metadata response is signed like every protocol response; its <c>X-OC-ID</c> is our OCID.</summary>
    public static async Task<string> OcidAsync(HttpClient http, Uri baseUrl)
    {
        using var response = await http.GetAsync(new Uri(baseUrl, "/opencharge/metadata.json"));
        return response.Headers.GetValues(OutboundHeaders.Ocid).Single();
    }

    public bool Signed(HttpResponseMessage response) =>
        response.Headers.TryGetValues(OutboundHeaders.Ocid, out var values) && values.FirstOrDefault() == Ocid;
}
