namespace OpenCharge.Checkout.E2E.Fixtures;

/// <summary>
/// A class fixture for tests that need the app with its demo accounts and nothing else: a fresh database
/// and one running app, shared by the tests of the class. Tests needing other settings derive their own
/// <see cref="AppFixture"/>.
/// </summary>
public sealed class CheckoutAppFixture() : AppFixture(DemoAccount.SeedSettings);
