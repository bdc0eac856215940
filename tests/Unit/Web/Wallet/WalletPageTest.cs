using System.Security.Claims;

using Bunit;

using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Infrastructure.Identity;
using OpenCharge.Checkout.Infrastructure.Sessions;
using OpenCharge.Checkout.Infrastructure.Transfers;
using OpenCharge.Checkout.Infrastructure.Wallet;
using OpenCharge.Checkout.UnitTests.Builders;
using OpenCharge.Checkout.UnitTests.Postgres.Wallet;
using OpenCharge.Checkout.UnitTests.Web.Components;
using OpenCharge.Checkout.Web.Checkout;

namespace OpenCharge.Checkout.UnitTests.Web.Wallet;

/// <summary>
/// A wallet page over a real ledger (<see cref="WalletBooks"/>), signed in as one shopper, with the registry naming
/// merchant 9001 "Peer 9001".
/// </summary>
public abstract class WalletPageTest : ComponentTestContext, IClassFixture<WalletBooks>
{
    protected WalletPageTest(WalletBooks books, bool sandbox = true)
    {
        Books = books;
        var directory = new FakePeerDirectory();
        directory.Publish(WalletBooks.Merchant, ProofBuilder.PublicKeyOf(ProofBuilder.IssuerKey));
        directory.Publish(WalletBooks.Gateway, ProofBuilder.PublicKeyOf(ProofBuilder.IssuerKey));
        Services.AddSingleton<IPeerDirectory>(directory);
        Services.AddSingleton(books.Resolve<WalletHistoryQueries>());
        Services.AddSingleton(books.Resolve<WalletReceiptQueries>());
        Services.AddSingleton(books.Resolve<ShopperWalletQueries>());
        Services.AddSingleton(new ShopperCheckout(books.Scopes, new SessionEvents(), new SandboxMode(sandbox)));
    }

    internal WalletBooks Books { get; }

    /// <summary>
    /// Waits for what the page reads from PostgreSQL. Test classes run in parallel on two cores, each creating its
    /// database, so a read can take longer than bunit's one-second default; a passing check still returns at once.
    /// </summary>
    protected static void WaitFor<TComponent>(IRenderedComponent<TComponent> rendered, Action assertion)
        where TComponent : IComponent =>
        rendered.WaitForAssertion(assertion, TimeSpan.FromSeconds(15));

    /// <summary>Signs in as <paramref name="shopperId"/>, a shopper.</summary>
    protected void SignInAs(string shopperId) =>
        AddAuthorization().SetAuthorized(shopperId + "@example.test").SetRoles(Roles.Shopper).SetClaims(new Claim(ClaimTypes.NameIdentifier, shopperId));
}
