using System.Text.Json;

namespace OpenCharge.Checkout.Fuzz;

/// <summary>
/// An operation to aim at: a method and a path template whose <c>{parameters}</c> the generator fills; <c>Source</c> says
/// where it came from (the app's OpenAPI document, endpoints.md, the sandbox peers, the UI), <c>BodySchema</c> is the
/// request body's JSON schema when the OpenAPI document gives one.
/// </summary>
internal sealed record FuzzTarget(string Method, string PathTemplate, string Source, JsonElement? BodySchema = null)
{
    public bool IsProtocol => PathTemplate.StartsWith("/opencharge", StringComparison.OrdinalIgnoreCase);
}
