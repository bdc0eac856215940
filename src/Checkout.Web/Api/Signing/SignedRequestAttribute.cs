namespace OpenCharge.Checkout.Web.Api.Signing;

/// <summary>Marks a protocol endpoint that only signed callers may use (authentication.md §2).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class SignedRequestAttribute : Attribute;
