using System.Text.Json;

namespace OpenCharge.Checkout.TestSupport.Peers;

/// <summary>What another party answered a peer's signed request: status and raw body.</summary>
public sealed record PeerReply(int Status, string Body)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>The body as JSON; throws when the peer did not answer JSON.</summary>
    public JsonElement Json() => JsonDocument.Parse(Body).RootElement.Clone();

    /// <summary>The protocol error code of a failure, or null.</summary>
    public string? ErrorCode
    {
        get
        {
            try
            {
                return Json().TryGetProperty("error", out var error) && error.TryGetProperty("code", out var code) ? code.GetString() : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }
}
