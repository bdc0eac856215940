namespace OpenCharge.Checkout.Fuzz;

/// <summary>
/// One request as the fuzzer sends it: a raw request-target (sent without .NET's path canonicalisation, so that the
/// bytes signed are the bytes sent), headers added without validation, and a body. <c>Kind</c> names what produced it;
/// <c>MayChangeData</c> false means a correct app must refuse it and write no business row.
/// </summary>
internal sealed record FuzzRequest(
    string Kind,
    string Method,
    string Target,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    byte[]? Body,
    string? ContentType,
    bool MayChangeData)
{
    private static readonly UriCreationOptions Raw = new() { DangerousDisablePathAndQueryCanonicalization = true };

    public HttpRequestMessage ToHttpRequest(Uri baseUrl)
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), new Uri(baseUrl.GetLeftPart(UriPartial.Authority) + Target, Raw));
        if (Body is not null)
        {
            request.Content = new ByteArrayContent(Body);
            request.Content.Headers.ContentType = null;
            if (ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }
        foreach (var (name, value) in Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        return request;
    }

    public string Describe() =>
        $"{Kind}: {Method} {Truncate(Target, 160)} [{string.Join("; ", Headers.Select(h => $"{h.Key}: {Truncate(h.Value, 60)}"))}] "
        + $"body {Body?.Length ?? 0} B{(ContentType is null ? "" : " " + Truncate(ContentType, 40))}";

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}
