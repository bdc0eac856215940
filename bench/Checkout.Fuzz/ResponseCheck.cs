using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

using OpenCharge.Checkout.BenchSupport;
using OpenCharge.Checkout.Infrastructure.Protocol.Outbound;

namespace OpenCharge.Checkout.Fuzz;

/// <summary>What one response told us, and what is wrong with it.</summary>
internal sealed record Verdict(int Status, string? ErrorCode, bool RefusedByHttpParser, IReadOnlyList<string> Problems);

/// <summary>
/// The per-response rules: no 5xx; no stack trace or exception text anywhere; every response that went through the
/// protocol pipeline signed with our published key, and every protocol error the envelope; a request that had to be
/// refused is not answered 2xx.
/// </summary>
internal static partial class ResponseCheck
{
    private static readonly string[] ChangingMethods = ["POST", "PUT", "PATCH", "DELETE"];

    private static readonly string[] MustBeRefused = ["replay", "unserved"];

    public static Verdict Check(FuzzRequest request, HttpResponseMessage response, byte[] body, OurIdentity us)
    {
        var status = (int)response.StatusCode;
        var problems = new List<string>();
        var signed = response.Headers.Contains(OutboundHeaders.Signature);
        // Kestrel answers a malformed request line or oversized headers itself, before any middleware: empty body, closed connection.
        var byParser = !signed && body.Length == 0 && response.Headers.ConnectionClose == true && status is 400 or 413 or 414 or 431 or 505;
        if (status >= 500)
        {
            problems.Add($"status {status}");
        }
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 512 * 1024));
        if (Leak().Match(text) is { Success: true } leak)
        {
            problems.Add($"exception text in the body: '{leak.Value}'");
        }
        string? code = null;
        // The sandbox peers sign with their own keys; what they answer is checked for status and leaks only.
        if (signed && request.Method != "HEAD" && us.Signed(response))
        {
            if (!ResponseSignature.Verifies(response, body, us.PublicKey))
            {
                problems.Add("response signature does not verify against our published key");
            }
            if (status >= 400)
            {
                code = EnvelopeCode(text);
                if (code is null)
                {
                    problems.Add("error without the {\"error\":{\"code\",\"message\"}} envelope");
                }
            }
        }
        else if (!signed && !byParser && ReachesProtocolPipeline(request.Target))
        {
            problems.Add("protocol response without X-OC-Signature");
        }
        // A 2xx to a refused-only request counts when an endpoint under test answered: /health takes any method.
        if (!request.MayChangeData && status is >= 200 and < 300
            && (request.Kind.StartsWith("auth:", StringComparison.Ordinal) || MustBeRefused.Contains(request.Kind) || (signed && ChangingMethods.Contains(request.Method))))
        {
            problems.Add($"accepted ({status}) a request that must be refused");
        }
        return new Verdict(status, code, byParser, problems);
    }

    private static string? EnvelopeCode(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String && ErrorCode().IsMatch(code.GetString()!)
                && error.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String
                    ? code.GetString()
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Plainly under <c>/opencharge</c>: no dot segments or encoded characters that Kestrel may rewrite first.</summary>
    private static bool ReachesProtocolPipeline(string target)
    {
        var path = target.Split('?', '#')[0];
        return (path.Equals("/opencharge", StringComparison.OrdinalIgnoreCase) || path.StartsWith("/opencharge/", StringComparison.OrdinalIgnoreCase))
            && !path.Contains('%') && !path.Contains("/.", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^[A-Z][A-Z0-9_]*$")]
    private static partial Regex ErrorCode();

    [GeneratedRegex(@"[A-Za-z]Exception\b|\bSystem\.[A-Z]\w+|\bMicrosoft\.(AspNetCore|EntityFrameworkCore|Extensions)\.|\bNpgsql\.|^\s+at \S+\(|\bat [\w.<>`]+\.[\w<>`]+\(")]
    private static partial Regex Leak();
}
