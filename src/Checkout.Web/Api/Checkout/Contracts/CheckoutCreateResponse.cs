using System.Text.Json.Serialization;

namespace OpenCharge.Checkout.Web.Api.Checkout.Contracts;

/// <summary><c>CheckoutCreateResponse</c> (objects.md §2): snake_case, as documented.</summary>
public sealed record CheckoutCreateResponse(
    [property: JsonPropertyName("checkout_url")] string CheckoutUrl,
    [property: JsonPropertyName("session_id")] string SessionId,
    [property: JsonPropertyName("expires_at")] long ExpiresAt);
