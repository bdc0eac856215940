using System.Net;
using System.Text.RegularExpressions;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

using OpenCharge.Checkout.UnitTests.Postgres;
using OpenCharge.Checkout.Web.Hosting;

using OtpNet;

namespace OpenCharge.Checkout.UnitTests.Web.Security;

/// <summary>
/// The whole app in this process (the same composition root as production, sandbox mode on, real PostgreSQL, Kestrel on
/// a free loopback port) with one HTTP client per caller: anonymous and each seeded demo role, signed in through the
/// real forms (the admin with its second factor).
/// </summary>
public sealed partial class MatrixHost : IAsyncLifetime
{
    public const string Anonymous = "Anonymous";
    public const string AdminEmail = "admin@matrix.test";
    public const string MerchantEmail = "merchant@matrix.test";
    public const string ShopperEmail = "shopper@matrix.test";
    private const string Password = "Matrix#unit2026";
    private const string AdminKey = "MATRIXADMINAUTHENTICATORKEY23456";

    private readonly string _masterKeyFile = Path.Combine(Path.GetTempPath(), $"matrix-{Guid.NewGuid():N}.key");
    private PostgresDatabase? _database;
    private WebApplication? _app;

    internal PostgresDatabase Database => _database ?? throw new InvalidOperationException("Started in InitializeAsync.");

    public WebApplication App => _app ?? throw new InvalidOperationException("Started in InitializeAsync.");

    /// <summary>One cookie-keeping client per caller, by role name (and <see cref="Anonymous"/>).</summary>
    public Dictionary<string, HttpClient> Callers { get; } = [];

    public IEnumerable<RouteEndpoint> Endpoints => App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync();
        _app = CheckoutApp.Build(
        [
            "--environment=Development",
            "--applicationName=Checkout.Web",
            "--urls=http://127.0.0.1:0",
            $"--ConnectionStrings:Checkout={_database.ConnectionString}",
            $"--Opencharge:MasterKeyFile={_masterKeyFile}",
            "--Logging:LogLevel:Default=Warning",
            $"--DemoSeed:AdminEmail={AdminEmail}",
            $"--DemoSeed:AdminPassword={Password}",
            $"--DemoSeed:AdminAuthenticatorKey={AdminKey}",
            $"--DemoSeed:MerchantEmail={MerchantEmail}",
            $"--DemoSeed:MerchantPassword={Password}",
            $"--DemoSeed:ShopperEmail={ShopperEmail}",
            $"--DemoSeed:ShopperPassword={Password}",
        ]);
        await _app.PrepareDatabaseAsync();
        await _app.StartAsync();
        var baseUrl = new Uri(_app.Urls.First());

        Callers[Anonymous] = NewClient(baseUrl);
        Callers["Admin"] = await SignedInAsync(baseUrl, AdminEmail);
        Callers["Merchant"] = await SignedInAsync(baseUrl, MerchantEmail);
        Callers["Shopper"] = await SignedInAsync(baseUrl, ShopperEmail);
    }

    /// <summary>A further signed-in client, e.g. a second merchant for the ownership cases.</summary>
    public Task<HttpClient> SignInAsync(string email) => SignedInAsync(new Uri(App.Urls.First()), email);

    public async Task DisposeAsync()
    {
        foreach (var client in Callers.Values)
        {
            client.Dispose();
        }
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
        File.Delete(_masterKeyFile);
    }

    private static HttpClient NewClient(Uri baseUrl) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = baseUrl };

    private static async Task<HttpClient> SignedInAsync(Uri baseUrl, string email)
    {
        var client = NewClient(baseUrl);
        var answer = await PostFormAsync(client, "/account/login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = Password });
        var next = answer.Headers.Location is { } location ? new Uri(baseUrl, location) : null;
        if (next is not null && next.AbsolutePath.StartsWith("/account/login/two-factor", StringComparison.Ordinal))
        {
            var code = new Totp(Base32Encoding.ToBytes(AdminKey)).ComputeTotp();
            answer = await PostFormAsync(client, next.PathAndQuery, "second-factor", new() { ["Input.Code"] = code });
        }
        if (answer.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in {email} answered {(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}");
        }
        return client;
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string form, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(path);
        fields["_handler"] = form;
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryField().Match(page).Groups[1].Value);
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
