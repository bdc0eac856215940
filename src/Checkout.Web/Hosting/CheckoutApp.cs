using Microsoft.EntityFrameworkCore;

using MudBlazor.Services;

using OpenCharge.Checkout.Infrastructure;
using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.Infrastructure.Persistence;
using OpenCharge.Checkout.Web.Api;
using OpenCharge.Checkout.Web.Components;
using OpenCharge.Checkout.Web.Hosting.Diagnostics;

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
        builder.Services.AddProtocolApi();
        builder.Services.AddHealthChecks().AddDbContextCheck<CheckoutDbContext>("database");
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();

        var app = builder.Build();

        app.Use(CorrelationId.AssignAsync);
        app.UseProtocolEnvelope();
        if (!app.Environment.IsDevelopment())
        {
            app.UseWhen(context => !ProtocolApi.IsProtocolRequest(context), ui => ui.UseExceptionHandler("/Error", createScopeForErrors: true));
        }
        app.UseRouting();
        app.UseProtocolAuthentication();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapControllers();
        app.MapOpenApi();
        app.MapScalarApiReference("/docs/api");
        app.MapHealthChecks("/health");
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    /// <summary>Migrates the database and loads our signing key before the first request is served.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CheckoutDbContext>();
            await db.Database.MigrateAsync();
        }
        await app.Services.GetRequiredService<LocalProtocolSigner>().InitializeAsync(CancellationToken.None);
    }
}
