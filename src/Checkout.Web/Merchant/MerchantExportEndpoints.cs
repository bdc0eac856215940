using System.Text;

using OpenCharge.Checkout.Domain.Merchants;
using OpenCharge.Checkout.Infrastructure.Identity;
using OpenCharge.Checkout.Infrastructure.MerchantActivity;

namespace OpenCharge.Checkout.Web.Merchant;

/// <summary>
/// The merchant's CSV downloads: plain GETs (a browser download cannot run inside a Blazor circuit) that change
/// nothing, for the Merchant role only, filtered by the signed-in user's claims exactly as the screens are.
/// </summary>
internal static class MerchantExportEndpoints
{
    public static IEndpointRouteBuilder MapMerchantExports(this IEndpointRouteBuilder endpoints)
    {
        var exports = endpoints.MapGroup("").RequireAuthorization(policy => policy.RequireRole(Roles.Merchant));
        exports.MapGet(MerchantPaths.SessionsCsv, (HttpContext context, MerchantSessionQueries sessions) =>
        {
            var user = MerchantUser.From(context.User);
            return Csv("sessions.csv", (writer, token) => MerchantCsv.WriteSessionsAsync(sessions.AllAsync(user.Id, token), writer, token));
        });
        exports.MapGet(MerchantPaths.StatementCsv, async (
            HttpContext context, string? ocid, string? currency, string? from, string? to,
            MerchantStatementQueries statements, IMerchantClaims claims, CancellationToken cancellationToken) =>
        {
            var user = MerchantUser.From(context.User);
            if (StatementRangeQuery.Parse(ocid, currency, from, to) is not { } range)
            {
                return Results.BadRequest();
            }
            // Another merchant's statement does not exist for this user, rather than being an empty file.
            if (!await claims.OwnsAsync(user.Id, range.Merchant, cancellationToken))
            {
                return Results.NotFound();
            }
            return Csv($"statement-{range.Merchant}-{range.Currency.Code}.csv", (writer, token) =>
                MerchantCsv.WriteStatementAsync(statements.AllAsync(user.Id, range, token), writer, token));
        });
        return endpoints;
    }

    private static IResult Csv(string fileName, Func<TextWriter, CancellationToken, Task> write) =>
        Results.Stream(
            async stream =>
            {
                await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
                await write(writer, CancellationToken.None);
                await writer.FlushAsync();
            },
            "text/csv; charset=utf-8",
            fileName);
}
