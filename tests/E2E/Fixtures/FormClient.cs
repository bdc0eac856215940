using System.Net;
using System.Text.RegularExpressions;

namespace OpenCharge.Checkout.E2E.Fixtures;

/// <summary>
/// A browser without a browser: fetches our statically rendered forms and posts them back with their antiforgery
/// token, keeping cookies by hand so that every <c>Set-Cookie</c> stays readable, flags and all, even a Secure
/// cookie over plain HTTP.
/// </summary>
public sealed partial class FormClient(string baseUrl) : IDisposable
{
    private readonly HttpClient _http = new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false })
    {
        BaseAddress = new Uri(baseUrl),
        Timeout = TimeSpan.FromSeconds(30),
    };

    private readonly Dictionary<string, string> _cookies = [];

    /// <summary>Every <c>Set-Cookie</c> header received so far, in order.</summary>
    public List<string> SetCookies { get; } = [];

    /// <summary>Sent with every request, e.g. <c>X-Forwarded-Proto</c> as a proxy in front of us would.</summary>
    public Dictionary<string, string> Headers { get; } = [];

    public async Task<FormResponse> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        return await SendAsync(request);
    }

    /// <summary>Opens <paramref name="path"/> and submits its form <paramref name="formName"/> with <paramref name="fields"/>.</summary>
    public async Task<FormResponse> SubmitAsync(string path, string formName, IReadOnlyDictionary<string, string> fields)
    {
        var form = await GetAsync(path);
        var token = AntiforgeryToken().Match(form.Body);
        if (!token.Success)
        {
            throw new InvalidOperationException($"{path} rendered no antiforgery token:{Environment.NewLine}{form.Body}");
        }

        var content = new Dictionary<string, string>(fields)
        {
            ["_handler"] = formName,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(content) };
        return await SendAsync(request);
    }

    /// <summary>The <c>Set-Cookie</c> header that last set the cookie whose name starts with <paramref name="namePrefix"/>.</summary>
    public string LastSetCookie(string namePrefix) =>
        SetCookies.LastOrDefault(header => header.StartsWith(namePrefix, StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"No cookie starting with {namePrefix} was set. Set-Cookie headers: {string.Join(" | ", SetCookies)}");

    public void Dispose() => _http.Dispose();

    private async Task<FormResponse> SendAsync(HttpRequestMessage request)
    {
        foreach (var (name, value) in Headers)
        {
            request.Headers.Add(name, value);
        }
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(static cookie => $"{cookie.Key}={cookie.Value}")));
        }

        using var response = await _http.SendAsync(request);
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            SetCookies.Add(header);
            Remember(header);
        }
        return new FormResponse(response.StatusCode, response.Headers.Location, await response.Content.ReadAsStringAsync());
    }

    private void Remember(string setCookie)
    {
        var pair = setCookie.Split(';', 2)[0];
        var separator = pair.IndexOf('=', StringComparison.Ordinal);
        var (name, value) = (pair[..separator], pair[(separator + 1)..]);
        if (value.Length == 0 || setCookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
        {
            _cookies.Remove(name);
        }
        else
        {
            _cookies[name] = value;
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}

public sealed record FormResponse(HttpStatusCode Status, Uri? Location, string Body);
