using Microsoft.Extensions.DependencyInjection;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Infrastructure.Partners;
using OpenCharge.Checkout.UnitTests.Postgres.Partners;

namespace OpenCharge.Checkout.UnitTests.Postgres.Caching;

/// <summary>Issue 11 P1: order intake reads partners from a short-lived cache; the admin's save is read by the next order.</summary>
public sealed class CachedPartnersTests : PartnerDatabaseTest
{
    private const long Gateway = 300;

    [Fact]
    public async Task FindAsync_AfterTheAdminSavesThePartner_ReadsTheNewRedirectHosts()
    {
        Assert.True((await SaveAsync(Settings(Gateway, Holding(100_00, 0)) with { RedirectHosts = ["old.example"] }, overwriteMirroredBalances: false)).IsSuccess);
        Assert.Equal(["old.example"], await RedirectHostsAsync());

        Assert.True((await SaveAsync(Settings(Gateway, Holding(100_00, 0)) with { RedirectHosts = ["new.example"] }, overwriteMirroredBalances: false)).IsSuccess);

        Assert.Equal(["new.example"], await RedirectHostsAsync());
    }

    /// <summary>As order intake reads them: through the cache, in a request scope of its own.</summary>
    private Task<IReadOnlyList<string>?> RedirectHostsAsync() => InScopeAsync(async services =>
        (await ActivatorUtilities.CreateInstance<CachedPartners>(services).FindAsync(new Ocid(Gateway), CancellationToken.None))?.RedirectHosts);
}
