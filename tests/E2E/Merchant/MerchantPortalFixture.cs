using Microsoft.Playwright;

using Npgsql;

using OpenCharge.Checkout.E2E.FakePeers;
using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Merchant;

/// <summary>
/// The app in sandbox mode with its demo accounts, plus an independent merchant (<see cref="Peer"/>) that publishes
/// signed metadata in the app's registry: the OCID a merchant user claims by signing our challenge with its key.
/// </summary>
public sealed class MerchantPortalFixture : IAsyncLifetime
{
    public const long PeerOcid = 760;

    /// <summary>Claimed by another user only: the demo merchant must see nothing of it.</summary>
    public const long OthersOcid = 761;

    public const long DemoStoreOcid = 9001;

    private CheckoutWithDatabase? _app;
    private TestPeer? _peer;

    public CheckoutHost Host => _app?.Host ?? throw new InvalidOperationException("The app starts in InitializeAsync.");

    public TestPeer Peer => _peer ?? throw new InvalidOperationException("The peer starts in InitializeAsync.");

    public async Task InitializeAsync()
    {
        _peer = await TestPeer.StartAsync(PeerOcid);
        try
        {
            var settings = new Dictionary<string, string>(DemoAccount.SeedSettings)
            {
                ["Sandbox:Enabled"] = "true",
                [GatewayAndPeers.RegistryKey(Peer)] = Peer.Endpoint,
            };
            _app = await CheckoutWithDatabase.StartAsync(settings);
        }
        catch
        {
            // xunit does not dispose a fixture whose initialisation failed; stop the peer started above.
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>Signs in as the demo merchant through the shared sign-in page, landing on the portal's hub.</summary>
    public async Task SignInAsMerchantAsync(IPage page)
    {
        var signIn = new SignInPage(page);
        await signIn.OpenAsync();
        await signIn.SignInAsync(DemoAccount.Merchant.Email, DemoAccount.Merchant.Password);
        await Expect(page).ToHaveURLAsync(Host.BaseUrl + "/merchant");
    }

    /// <summary>Gives <paramref name="email"/>'s user a claim and settings, as if they had onboarded the OCID themselves.</summary>
    public async Task ClaimForAsync(string email, long ocid, string displayName)
    {
        await using var connection = new NpgsqlConnection(_app!.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO merchant_claims (ocid, user_id, claimed_at) SELECT @ocid, "Id", now() FROM "AspNetUsers" WHERE "NormalizedEmail" = upper(@email);
            INSERT INTO merchant_settings (ocid, display_name, always_use_my_urls, redirect_hosts, sandbox_mode, updated_at)
                VALUES (@ocid, @name, false, '{}', true, now());
            """,
            connection);
        command.Parameters.AddWithValue("ocid", ocid);
        command.Parameters.AddWithValue("email", email);
        command.Parameters.AddWithValue("name", displayName);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        if (_peer is not null)
        {
            await _peer.DisposeAsync();
        }
    }
}
