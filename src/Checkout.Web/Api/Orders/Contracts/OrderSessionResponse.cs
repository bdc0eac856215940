using System.Text.Json.Serialization;

namespace OpenCharge.Checkout.Web.Api.Orders.Contracts;

/// <summary><c>OrderSessionResponse</c> (objects.md §3): where the merchant may poll the order's status.</summary>
public sealed record OrderSessionResponse([property: JsonPropertyName("urls")] OrderSessionUrls Urls);

public sealed record OrderSessionUrls([property: JsonPropertyName("status")] string Status);
