namespace OpenCharge.Checkout.Web.Components.Shared.Resources;

/// <summary>
/// Names the resource set for <c>IStringLocalizer&lt;SharedResource&gt;</c>. Keys are the English text, which is
/// what a user sees until a SharedResource.&lt;culture&gt;.resx beside this file translates it.
/// </summary>
internal sealed class SharedResource;
