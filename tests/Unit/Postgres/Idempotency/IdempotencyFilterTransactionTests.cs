using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Infrastructure.Idempotency;
using OpenCharge.Checkout.Infrastructure.Persistence;
using OpenCharge.Checkout.UnitTests.Postgres.Sessions;
using OpenCharge.Checkout.Web.Api.Signing;

namespace OpenCharge.Checkout.UnitTests.Postgres.Idempotency;

/// <summary>
/// MVC keeps the filter that <see cref="IdempotentAttribute"/> makes for every later request. Each request's key must
/// still be claimed in that request's own transaction, so that it rolls back with the request's work.
/// </summary>
public sealed class IdempotencyFilterTransactionTests : CheckoutDatabaseTest
{
    private static readonly PeerMetadata Caller =
        new(new Ocid(700), "Gateway 700", "https://gateway.example/opencharge", "02", [], PeerSettlement.None);

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<IdempotencyStore>().AddSingleton<IdempotencyFilter>();

    [Fact]
    public async Task ReusedFilter_ClaimsEachRequestsKeyInThatRequestsTransaction()
    {
        IAsyncActionFilter? filter = null;
        foreach (var key in new[] { "first-request", "second-request" })
        {
            await using var scope = NewScope();
            filter ??= (IAsyncActionFilter)new IdempotentAttribute().CreateInstance(scope.ServiceProvider);
            var transaction = scope.ServiceProvider.GetRequiredService<RequestTransaction>();
            transaction.Open();

            var executing = Executing(scope.ServiceProvider, key);
            await filter.OnActionExecutionAsync(executing, () => Task.FromResult(Executed(executing, new OkObjectResult(new { ok = true }))));
            await transaction.RollbackAsync();
        }

        await using var db = Database.NewContext();
        Assert.Equal(0, await db.IdempotencyRecords.CountAsync());
    }

    private static ActionExecutingContext Executing(IServiceProvider services, string key)
    {
        var http = new DefaultHttpContext { RequestServices = services };
        http.Request.Method = HttpMethods.Post;
        http.Request.Path = "/opencharge/checkout/create";
        http.Request.Headers[IdempotencyFilter.Header] = key;
        http.Features.Set(new AuthenticatedCaller(Caller, "{}"u8.ToArray()));
        return new ActionExecutingContext(new ActionContext(http, new RouteData(), new ActionDescriptor()), [], new Dictionary<string, object?>(), controller: new object());
    }

    private static ActionExecutedContext Executed(ActionExecutingContext executing, IActionResult result) =>
        new(executing, [], executing.Controller) { Result = result };
}
