using System.Globalization;

using OpenCharge.Checkout.Domain.Merchants;

namespace OpenCharge.Checkout.Web.Components.Pages.Merchant;

/// <summary>The settings form's fields as typed; <see cref="ToChange"/> turns them into what the use case takes.</summary>
public sealed class MerchantSettingsInput
{
    private static readonly char[] ListSeparators = [',', ' ', ';', '\n'];

    public string DisplayName { get; set; } = "";

    public string LogoUrl { get; set; } = "";

    public string AccentColour { get; set; } = "";

    public string SuccessUrl { get; set; } = "";

    public string CancelUrl { get; set; } = "";

    public bool AlwaysUseMyUrls { get; set; }

    /// <summary>Comma- or space-separated host names.</summary>
    public string RedirectHosts { get; set; } = "";

    /// <summary>Whole minutes; empty for the operator's setting.</summary>
    public string SessionTtlMinutes { get; set; } = "";

    public bool SandboxMode { get; set; }

    public static MerchantSettingsInput From(MerchantSettings settings) => new()
    {
        DisplayName = settings.DisplayName ?? "",
        LogoUrl = settings.LogoUrl?.ToString() ?? "",
        AccentColour = settings.AccentColour ?? "",
        SuccessUrl = settings.SuccessUrl?.ToString() ?? "",
        CancelUrl = settings.CancelUrl?.ToString() ?? "",
        AlwaysUseMyUrls = settings.AlwaysUseMyUrls,
        RedirectHosts = string.Join(", ", settings.RedirectHosts),
        SessionTtlMinutes = settings.SessionTtl is { } ttl ? ((int)ttl.TotalMinutes).ToString(CultureInfo.InvariantCulture) : "",
        SandboxMode = settings.SandboxMode,
    };

    /// <summary>Null when a field does not parse at all (the form has already said which); the rules are the use case's.</summary>
    public MerchantSettingsChange? ToChange()
    {
        if (!TryUrl(LogoUrl, out var logo) || !TryUrl(SuccessUrl, out var success) || !TryUrl(CancelUrl, out var cancel) || !TryMinutes(SessionTtlMinutes, out var ttl))
        {
            return null;
        }
        return new MerchantSettingsChange(
            Optional(DisplayName),
            logo,
            Optional(AccentColour),
            success,
            cancel,
            AlwaysUseMyUrls,
            Hosts(RedirectHosts),
            ttl,
            SandboxMode);
    }

    public static IReadOnlyList<string> Hosts(string text) => text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static bool TryUrl(string text, out Uri? url)
    {
        url = null;
        return string.IsNullOrWhiteSpace(text) || (Uri.TryCreate(text.Trim(), UriKind.Absolute, out url) && url is not null);
    }

    public static bool TryMinutes(string text, out TimeSpan? ttl)
    {
        ttl = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes))
        {
            return false;
        }
        ttl = TimeSpan.FromMinutes(minutes);
        return true;
    }

    private static string? Optional(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
