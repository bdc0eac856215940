using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Web.Components.Shared.Resources;

namespace OpenCharge.Checkout.UnitTests.Web.Localization;

/// <summary>The app's resources as a page reads them, without a host: the culture is the test thread's.</summary>
internal static class ResourceLocalizer
{
    public static IStringLocalizer<SharedResource> Shared { get; } = new StringLocalizer<SharedResource>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));
}
