namespace OpenCharge.Checkout.Web.Components.Shared;

/// <summary>
/// The attributes that make a link a plain browser navigation, outside Blazor's enhanced and interactive navigation
/// (Blazor leaves a link alone when it targets another browsing context). For links to pages that must start afresh:
/// a static page the interactive router would reload anyway (on a busy circuit that late reload wiped a form being
/// filled in), a page that needs a new circuit, or a page that is not ours to render in this one.
/// </summary>
public static class FullPageLoad
{
    public static IReadOnlyDictionary<string, object> Attributes { get; } = new Dictionary<string, object>
    {
        ["data-enhance-nav"] = "false",
        ["target"] = "_top",
    };
}
