using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

using MudBlazor;

using OpenCharge.Checkout.Web.Components.Shared.Resources;

namespace OpenCharge.Checkout.Web.Localization;

internal static class LocalizationServices
{
    /// <summary>
    /// Resources beside <see cref="SharedResource"/> (no ResourcesPath: the .resx files sit next to the type) and the
    /// culture of each request: the culture cookie, then the signed-in user's saved choice, then Accept-Language, then English (docs/decisions.md, "Languages").
    /// </summary>
    public static IServiceCollection AddCheckoutLocalization(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(CheckoutLocalizationOptions.Section).Get<CheckoutLocalizationOptions>() ?? new();
        services.AddLocalization();
        services.AddTransient<MudLocalizer, SharedResourceMudLocalizer>();
        if (settings.PseudoLocale)
        {
            services.AddSingleton<IStringLocalizer<SharedResource>>(sp =>
                new PseudoLocalizer(new StringLocalizer<SharedResource>(sp.GetRequiredService<IStringLocalizerFactory>())));
        }
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var served = SupportedCultures.Served(settings.PseudoLocale).ToArray();
            options.SetDefaultCulture(SupportedCultures.English).AddSupportedCultures(served).AddSupportedUICultures(served);
            // "ar-EG" or "en-GB" from a browser or an old cookie still finds its language.
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            // No query-string provider: a link must not switch someone's language behind their back.
            options.RequestCultureProviders = [new CookieRequestCultureProvider(), new LanguagePreference(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        return services;
    }

    public static IApplicationBuilder UseCheckoutLocalization(this IApplicationBuilder app) =>
        app.UseRequestLocalization(app.ApplicationServices.GetRequiredService<IOptions<RequestLocalizationOptions>>().Value);
}
