namespace OpenCharge.Checkout.UnitTests.Builders;

/// <summary>What a <see cref="StubHttpHandler"/> received, copied before the sender disposes the request.</summary>
internal sealed record CapturedRequest(
    HttpMethod Method,
    string Url,
    IReadOnlyDictionary<string, string[]> Headers,
    byte[]? Body,
    string? ContentType)
{
    public static async Task<CapturedRequest> CopyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        return new CapturedRequest(request.Method, request.RequestUri!.AbsoluteUri, headers, body, request.Content?.Headers.ContentType?.ToString());
    }

    /// <summary>The header's only value; fails the test when it is missing or repeated.</summary>
    public string Header(string name) => Assert.Single(Headers.TryGetValue(name, out var values) ? values : []);
}
