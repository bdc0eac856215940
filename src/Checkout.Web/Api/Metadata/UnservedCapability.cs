namespace OpenCharge.Checkout.Web.Api.Metadata;

/// <summary>Endpoint metadata of the stand-in that answers a capability we do not serve yet.</summary>
public sealed record UnservedCapability(CapabilityRoute Route);
