using Microsoft.EntityFrameworkCore;

using MudBlazor.Services;

using OpenCharge.Checkout.Infrastructure;
using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.Infrastructure.Identity;
using OpenCharge.Checkout.Infrastructure.Persistence;
using OpenCharge.Checkout.Web.Accounts;
using OpenCharge.Checkout.Web.Api;
using OpenCharge.Checkout.Web.Checkout;
using OpenCharge.Checkout.Web.Components;
using OpenCharge.Checkout.Web.Hosting.Diagnostics;
using OpenCharge.Checkout.Web.Hosting.Security;
using OpenCharge.Checkout.Web.Sandbox;

using Scalar.AspNetCore;

namespace OpenCharge.Checkout.Web.Hosting;

/// <summary>The composition root: every service and the request pipeline, in the order they run.</summary>
public static class CheckoutApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        RepositorySettings.AddTo(builder.Configuration);
        StructuredLogging.Configure(builder.Logging, builder.Environment);

        builder.Services.AddCheckoutPersistence(builder.Configuration);
        builder.Services.AddOpencharge(builder.Configuration, builder.Environment);
        builder.Services.AddCheckout();
        builder.Services.AddProtocolApi();
        builder.Services.AddHealthChecks().AddDbContextCheck<CheckoutDbContext>("database");
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddLocalization();
        builder.Services.AddCheckoutAccounts(builder.Configuration);
        builder.Services.AddHostedCheckout(builder.Configuration);
        builder.Services.AddBrowserSecurity(builder.Configuration, builder.Environment);

        // Sandbox merchant and merchant gateway (docs/sandbox.md); on in Development only unless Sandbox:Enabled says otherwise.
        builder.AddSandbox();

        var app = builder.Build();

        // First: the client's real scheme and address, then security headers and cookie rules for every answer below.
        app.UseBrowserSecurity();
        app.Use(CorrelationId.AssignAsync);
        app.UseProtocolEnvelope();
        if (!app.Environment.IsDevelopment())
        {
            app.UseWhen(context => !ProtocolApi.IsProtocolRequest(context), ui => ui.UseExceptionHandler("/Error", createScopeForErrors: true));
        }
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseProtocolAuthentication();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapControllers();
        app.MapOpenApi();
        // No fonts from Scalar's CDN: our policy for the page allows only our own origin.
        app.MapScalarApiReference("/docs/api", scalar => scalar.DefaultFonts = false)
            .WithSecurityHeadersPolicy(SecurityHeaderPolicies.ApiReference);
        app.MapHealthChecks("/health");
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAccountEndpoints();

        app.MapSandbox();
        return app;
    }

    /// <summary>Migrates, seeds the demo accounts of an empty database and loads our signing key before serving.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CheckoutDbContext>();
        await db.Database.MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<DemoAccountSeeder>().SeedAsync();
        await app.Services.GetRequiredService<LocalProtocolSigner>().InitializeAsync(CancellationToken.None);

        await app.PrepareSandboxAsync();
    }
}
