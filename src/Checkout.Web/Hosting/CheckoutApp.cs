using Microsoft.EntityFrameworkCore;

using MudBlazor.Services;

using OpenCharge.Checkout.Infrastructure;
using OpenCharge.Checkout.Infrastructure.BackOffice.Audit;
using OpenCharge.Checkout.Infrastructure.BackOffice.Reconciliation;
using OpenCharge.Checkout.Infrastructure.BackOffice.Users;
using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.Infrastructure.Identity;
using OpenCharge.Checkout.Infrastructure.Persistence;
using OpenCharge.Checkout.Sandbox.Http;
using OpenCharge.Checkout.Web.Accounts;
using OpenCharge.Checkout.Web.Admin.Transactions;
using OpenCharge.Checkout.Web.Api;
using OpenCharge.Checkout.Web.Checkout;
using OpenCharge.Checkout.Web.Components;
using OpenCharge.Checkout.Web.Hosting.Diagnostics;
using OpenCharge.Checkout.Web.Hosting.Operations;
using OpenCharge.Checkout.Web.Hosting.Security;
using OpenCharge.Checkout.Web.Localization;

using OpenCharge.Checkout.Web.Merchant;

using Scalar.AspNetCore;

namespace OpenCharge.Checkout.Web.Hosting;

/// <summary>The composition root: every service and the request pipeline, in the order they run.</summary>
public static class CheckoutApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        RepositorySettings.AddTo(builder.Configuration);
        SandboxWall.Enforce(builder.Configuration, builder.Environment);
        PartnerImportStep.Enforce(builder.Configuration);
        StructuredLogging.Configure(builder.Logging, builder.Environment);
        // Development's static-asset fallback ({**path:file}, GET and HEAD) would turn a GET on a POST-only protocol path
        // into a 404 instead of the router's 405; we serve no files created at run time, so it has nothing to do.
        builder.Configuration.AddInMemoryCollection([new("DisableStaticAssetNotFoundRuntimeFallback", "true")]);

        builder.Services.AddCheckoutPersistence(builder.Configuration);
        builder.Services.AddOpencharge(builder.Configuration, builder.Environment);
        builder.Services.AddCheckout();
        builder.Services.AddProtocolApi();
        builder.AddOperations();
        builder.Services.AddReconciliation().AddUserAdministration().AddAuditViewer();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddCheckoutLocalization(builder.Configuration);
        builder.Services.AddCheckoutAccounts(builder.Configuration);
        builder.Services.AddHostedCheckout(builder.Configuration);
        builder.Services.AddBrowserSecurity(builder.Configuration, builder.Environment);

        // Sandbox merchant and merchant gateway (docs/sandbox.md); on in Development only unless Sandbox:Enabled says otherwise.
        builder.AddSandbox();

        var app = builder.Build();

        // First: the client's real scheme and address and the security headers, for every answer below; then the
        // correlation id, for every log line; then the protocol API, which ends in a pipeline of its own.
        app.UseBrowserSecurity();
        app.UseCorrelationId();
        app.UseProtocolApi();

        // Our pages and their endpoints.
        app.UseCookieHardening();
        app.UseMetricsAccess();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        }
        app.UseRouting();
        app.UseAuthentication();
        app.UseCheckoutLocalization();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapControllers();
        app.MapUnservedCapabilities();
        app.MapOpenApi();
        // No fonts from Scalar's CDN: our policy for the page allows only our own origin.
        app.MapScalarApiReference("/docs/api", scalar => scalar.DefaultFonts = false)
            .WithSecurityHeadersPolicy(SecurityHeaderPolicies.ApiReference);
        app.MapOperations();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAccountEndpoints();
        app.MapTransactionExport();

        app.MapCultureEndpoint();

        app.MapMerchantExports();

        app.MapSandbox();
        return app;
    }

    /// <summary>Migrates, loads our signing key and, in sandbox mode only, prepares the sandbox and its demo accounts.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await app.MigrateAsync();
        await PartnerImportStep.RunAsync(app);
        await app.Services.GetRequiredService<LocalProtocolSigner>().InitializeAsync(CancellationToken.None);

        await app.PrepareSandboxAsync();
    }

    /// <summary>
    /// Our schema, the roles, and second-factor secrets stored before sealing sealed: what serving and the
    /// <c>admin create</c> command both need first.
    /// </summary>
    public static async Task MigrateAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CheckoutDbContext>().Database.MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<RoleSeeder>().SeedAsync();
        await scope.ServiceProvider.GetRequiredService<SealPlainSecondFactorSecrets>().ExecuteAsync(CancellationToken.None);
    }
}
