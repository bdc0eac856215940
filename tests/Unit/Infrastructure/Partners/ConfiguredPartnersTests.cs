using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Domain.Settlement;
using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Infrastructure.Partners;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Partners;

public sealed class ConfiguredPartnersTests
{
    [Fact]
    public void Read_OnlyRedirectHosts_IsAPartnerWithoutRolesNamedByItsOcid()
    {
        var result = ConfiguredPartners.Read(new Dictionary<string, PartnerOptions> { ["9001"] = new() { RedirectHosts = ["shop.example"] } });

        var settings = Assert.Single(result.Value!);
        Assert.Equal(("OCID 9001", PartnerRoles.None, ProofAddressing.MerchantOrder), (settings.Name, settings.Roles, settings.ProofAddressing));
        Assert.Equal(["shop.example"], settings.RedirectHosts);
    }

    [Fact]
    public void Read_HoldingWithoutThreshold_HasAZeroThreshold()
    {
        var result = ConfiguredPartners.Read(Partner(new PartnerOptions { Holdings = { ["UGX"] = new() { Balance = "10000.00" } } }));

        var holding = Assert.Single(Assert.Single(result.Value!).Holdings);
        Assert.Equal((new Money(10000, Currency.Of("UGX")), 0L), (holding.Balance, holding.LowBalanceThreshold.Minor));
    }

    [Theory]
    [InlineData("Opencharge:Partners:100:Roles", "Roles", "Bank")]
    [InlineData("Opencharge:Partners:100:Roles", "Roles", "4")]
    [InlineData("Opencharge:Partners:100:ProofAddressing", "ProofAddressing", "Gateway")]
    [InlineData("Opencharge:Partners:100:ReserveCurrencies", "ReserveCurrencies", "usd")]
    [InlineData("Opencharge:Partners:100:Holdings:USD:Balance", "Balance", "1,000.00")]
    [InlineData("Opencharge:Partners:100:Holdings:USD:LowBalanceThreshold", "LowBalanceThreshold", "1.001")]
    public void Read_BadValue_NamesTheKeyAndTheValue(string key, string field, string value)
    {
        var options = field switch
        {
            "Roles" => new PartnerOptions { Roles = value },
            "ProofAddressing" => new PartnerOptions { ProofAddressing = value },
            "ReserveCurrencies" => new PartnerOptions { ReserveCurrencies = [value] },
            "Balance" => new PartnerOptions { Holdings = { ["USD"] = new() { Balance = value } } },
            _ => new PartnerOptions { Holdings = { ["USD"] = new() { Balance = "1.00", LowBalanceThreshold = value } } },
        };

        var result = ConfiguredPartners.Read(Partner(options));

        Assert.StartsWith(key + ":", result.Error?.Message, StringComparison.Ordinal);
        Assert.Contains($"'{value}'", result.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_KeyThatIsNoOcid_IsRefused()
    {
        var result = ConfiguredPartners.Read(new Dictionary<string, PartnerOptions> { ["bank"] = new() });

        Assert.Equal("Opencharge:Partners:bank: 'bank' is not an OCID (a positive integer).", result.Error?.Message);
    }

    [Fact]
    public void Read_RedirectHostThatIsNoHostName_IsRefusedWithTheUseCasesReason()
    {
        var result = ConfiguredPartners.Read(Partner(new PartnerOptions { RedirectHosts = ["https://shop.example/"] }));

        Assert.Equal("Opencharge:Partners:100: Partner 100: 'https://shop.example/' is not a host name.", result.Error?.Message);
    }

    private static Dictionary<string, PartnerOptions> Partner(PartnerOptions options) => new() { ["100"] = options };
}
