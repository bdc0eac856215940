using System.Net;
using System.Text;

namespace OpenCharge.Checkout.UnitTests.Builders;

/// <summary>
/// The far end of an <see cref="HttpClient"/>: answers each URL as told and records every request. A URL nobody
/// told it about fails the test instead of quietly answering 404.
/// </summary>
internal sealed class StubHttpHandler : HttpMessageHandler
{
    private readonly Dictionary<string, Func<CancellationToken, Task<HttpResponseMessage>>> _routes = new(StringComparer.Ordinal);
    private readonly List<CapturedRequest> _requests = [];

    public IReadOnlyList<CapturedRequest> Requests => _requests;

    public StubHttpHandler Answer(string url, Func<HttpResponseMessage> response)
    {
        _routes[new Uri(url).AbsoluteUri] = _ => Task.FromResult(response());
        return this;
    }

    public StubHttpHandler Answer(string url, HttpStatusCode status, string body = "") =>
        Answer(url, () => new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") });

    /// <summary>Never answers; the request ends only when its token is cancelled, as when HttpClient times out.</summary>
    public StubHttpHandler Hang(string url)
    {
        _routes[new Uri(url).AbsoluteUri] = async cancellationToken =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("Unreachable: an infinite delay only ends by cancellation.");
        };
        return this;
    }

    public int CallsTo(string url) => _requests.Count(r => r.Url == new Uri(url).AbsoluteUri);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var captured = await CapturedRequest.CopyAsync(request, cancellationToken);
        _requests.Add(captured);
        if (!_routes.TryGetValue(captured.Url, out var respond))
        {
            throw new InvalidOperationException($"The stub was not told how to answer {request.Method} {captured.Url}.");
        }
        var response = await respond(cancellationToken);
        response.RequestMessage = request;
        return response;
    }
}
