using System.Net;
using System.Text.RegularExpressions;

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Webhooks;
using OpenCharge.Checkout.Infrastructure.Identity;

namespace OpenCharge.Checkout.UnitTests.Web.Security;

/// <summary>
/// Another merchant's data: merchant A (holding OCID <see cref="OwnOcid"/>) and merchant B (holding
/// <see cref="ForeignOcid"/>) each proved their OCID (merchant_claims). Every merchant route is asked as A: pages
/// without parameters never show B's OCID; routes taking an OCID serve A's own, and answer B's exactly as they answer
/// an OCID nobody holds, so that not even its existence leaks. A merchant route taking any other parameter fails
/// until <see cref="OwnershipCases"/> says how to ask for B's copy of it.
/// </summary>
[Collection(MatrixCollection.Name)]
public sealed partial class MerchantOwnershipTests(MatrixHost host)
{
    private const long OwnOcid = 734501;
    private const long ForeignOcid = 734502;
    private const long UnheldOcid = 734599;
    private const string MerchantB = "merchant-b@matrix.test";

    [Fact]
    public async Task MerchantA_AsksForMerchantBsData_SeesNothingOfIt()
    {
        var merchantA = host.Callers["Merchant"];
        await ClaimAsync(MatrixHost.MerchantEmail, OwnOcid);
        await CreateMerchantAsync(MerchantB);
        await ClaimAsync(MerchantB, ForeignOcid);
        var routes = OwnershipCases.MerchantRoutes(host.Endpoints).ToList();
        Assert.Contains(routes, static route => route.Template == "/merchant");

        var foreignDelivery = await QueueDeliveryAsync(ForeignOcid);
        var leaks = new List<string>();
        foreach (var route in routes)
        {
            leaks.AddRange(await LeaksAsync(merchantA, route, foreignDelivery));
        }

        Assert.True(leaks.Count == 0, string.Join(Environment.NewLine, leaks));
    }

    private static async Task<IEnumerable<string>> LeaksAsync(HttpClient merchantA, OwnershipCases.MerchantRoute route, Guid foreignDelivery)
    {
        if (route.OtherParameters is [OwnershipCases.DeliveryParameter])
        {
            var nobodys = Guid.NewGuid();
            var theirs = await GetAsync(merchantA, route.Template.Replace(OwnershipCases.DeliveryParameter, foreignDelivery.ToString(), StringComparison.Ordinal));
            var missing = await GetAsync(merchantA, route.Template.Replace(OwnershipCases.DeliveryParameter, nobodys.ToString(), StringComparison.Ordinal));
            return theirs.Status == missing.Status
                && Normalised(theirs.Body, ForeignOcid).Replace(foreignDelivery.ToString(), "{id}", StringComparison.Ordinal)
                    == Normalised(missing.Body, ForeignOcid).Replace(nobodys.ToString(), "{id}", StringComparison.Ordinal)
                ? []
                : [$"{route.Template} answers merchant A differently for merchant B's delivery than for one that does not exist."];
        }
        if (route.OtherParameters.Count > 0)
        {
            return [$"{route.Template} takes {string.Join(", ", route.OtherParameters)}: add an ownership case to OwnershipCases."];
        }
        if (route.OcidParameter is null)
        {
            var (status, body) = await GetAsync(merchantA, route.Template);
            return status == HttpStatusCode.OK && !body.Contains(ForeignOcid.ToString(), StringComparison.Ordinal)
                ? []
                : [$"{route.Template} as merchant A: {(int)status}, or it shows merchant B's OCID."];
        }

        var own = await GetAsync(merchantA, route.With(OwnOcid));
        var foreign = await GetAsync(merchantA, route.With(ForeignOcid));
        var unheld = await GetAsync(merchantA, route.With(UnheldOcid));
        var problems = new List<string>();
        if (own.Status is HttpStatusCode.Forbidden or HttpStatusCode.Redirect or >= HttpStatusCode.InternalServerError)
        {
            problems.Add($"{route.Template} refuses merchant A its own OCID ({(int)own.Status}).");
        }
        if (foreign.Status != unheld.Status || Normalised(foreign.Body, ForeignOcid) != Normalised(unheld.Body, UnheldOcid))
        {
            problems.Add($"{route.Template} answers merchant A differently for merchant B's OCID than for one nobody holds.");
        }
        return problems;
    }

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    // Per-response noise (Blazor's component markers, antiforgery tokens) and the OCID itself do not count as a difference.
    private static string Normalised(string body, long ocid) =>
        Noise().Replace(body, "").Replace(ocid.ToString(), "{ocid}", StringComparison.Ordinal);

    private async Task<Guid> QueueDeliveryAsync(long target)
    {
        var delivery = WebhookDelivery.ForProof(new Ocid(target), new Ocid(OwnOcid + 1000), $"tx_matrix_{target}", "{}", DateTimeOffset.UtcNow);
        await using var db = host.Database.NewContext();
        db.WebhookDeliveries.Add(delivery);
        await db.SaveChangesAsync();
        return delivery.Id;
    }

    private async Task ClaimAsync(string email, long ocid)
    {
        await host.Database.ExecuteOnDatabaseAsync($"""
            INSERT INTO merchant_claims (ocid, user_id, claimed_at)
            SELECT {ocid}, "Id", now() FROM "AspNetUsers" WHERE "NormalizedEmail" = upper('{email}')
            ON CONFLICT DO NOTHING
            """);
    }

    private async Task CreateMerchantAsync(string email)
    {
        await using var scope = host.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return;
        }
        var merchant = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Merchant B" };
        Assert.True((await users.CreateAsync(merchant, "Matrix#other2026")).Succeeded);
        Assert.True((await users.AddToRoleAsync(merchant, Roles.Merchant)).Succeeded);
    }

    [GeneratedRegex("<!--Blazor[^>]*-->|value=\"CfDJ8[^\"]*\"|nonce=\"[^\"]*\"")]
    private static partial Regex Noise();
}
