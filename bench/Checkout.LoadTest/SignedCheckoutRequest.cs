using System.Net.Http.Headers;

namespace OpenCharge.Checkout.LoadTest;

/// <summary>A ready-to-send <c>POST /opencharge/checkout/create</c>: body and authentication headers, already signed.</summary>
internal sealed record SignedCheckoutRequest(byte[] Body, string Ocid, string Timestamp, string Nonce, string Signature)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public HttpRequestMessage ToHttpRequest(Uri url)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(Body) };
        request.Content.Headers.ContentType = Json;
        request.Headers.Add("X-OC-ID", Ocid);
        request.Headers.Add("X-OC-Timestamp", Timestamp);
        request.Headers.Add("X-OC-Nonce", Nonce);
        request.Headers.Add("X-OC-Signature", Signature);
        return request;
    }
}
