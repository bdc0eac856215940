using System.Globalization;

using OpenCharge.Checkout.Infrastructure.BackOffice.Transactions;
using OpenCharge.Checkout.Infrastructure.Identity;

namespace OpenCharge.Checkout.Web.Admin.Transactions;

/// <summary>
/// The grid's CSV download: a GET with the grid's own query string, streamed row by row (docs/csv-export.md). A GET
/// that changes nothing, so it needs no antiforgery token; only admins may read it.
/// </summary>
internal static class TransactionExportEndpoint
{
    public const string Path = "/admin/transactions/export";

    public static IEndpointRouteBuilder MapTransactionExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, static (HttpContext context, TransactionQueries queries, TimeProvider time) =>
            {
                var filter = TransactionFilterQuery.Parse(context.Request.Query);
                var cancellation = context.RequestAborted;
                var name = string.Create(
                    CultureInfo.InvariantCulture, $"transactions-{TransactionCsv.KindName(filter.Kind)}-{time.GetUtcNow():yyyyMMdd'T'HHmmss'Z'}.csv");
                return TypedResults.Stream(
                    stream => TransactionCsv.WriteAsync(queries.StreamAsync(filter, cancellation), filter.Kind, stream, cancellation),
                    TransactionCsv.ContentType,
                    name);
            })
            .RequireAuthorization(policy => policy.RequireRole(Roles.Admin));
        return endpoints;
    }
}
