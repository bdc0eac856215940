using System.Security.Cryptography;

using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.Infrastructure.Identity;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Identity;

public sealed class SecondFactorSealerTests : IDisposable
{
    private const string UserId = "5b0c2f7e-user-a";
    private const string Key = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private readonly SecondFactorSealer _sealer = NewSealer();

    [Fact]
    public void Open_SealedValue_ReturnsTheOriginal()
    {
        var stored = _sealer.Seal(UserId, SecondFactorSealer.AuthenticatorKeyName, Key);

        Assert.Equal(Key, _sealer.Open(UserId, SecondFactorSealer.AuthenticatorKeyName, stored));
    }

    [Fact]
    public void Seal_Always_StartsWithThePrefixAndHidesTheValue()
    {
        var stored = _sealer.Seal(UserId, SecondFactorSealer.AuthenticatorKeyName, Key);

        Assert.True(SecondFactorSealer.IsSealed(stored));
        Assert.DoesNotContain(Key, stored, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Seal_EmptyRecoveryCodeList_OpensToEmpty()
    {
        var stored = _sealer.Seal(UserId, SecondFactorSealer.RecoveryCodesName, "");

        Assert.Equal("", _sealer.Open(UserId, SecondFactorSealer.RecoveryCodesName, stored));
    }

    [Fact]
    public void Open_AnotherUsersValue_Throws()
    {
        var stored = _sealer.Seal(UserId, SecondFactorSealer.AuthenticatorKeyName, Key);

        Assert.Throws<CryptographicException>(() => _sealer.Open("another-user", SecondFactorSealer.AuthenticatorKeyName, stored));
    }

    [Fact]
    public void Open_RecoveryCodesValueReadAsTheKey_Throws()
    {
        var stored = _sealer.Seal(UserId, SecondFactorSealer.RecoveryCodesName, "AAAAA-BBBBB;CCCCC-DDDDD");

        Assert.Throws<CryptographicException>(() => _sealer.Open(UserId, SecondFactorSealer.AuthenticatorKeyName, stored));
    }

    [Fact]
    public void Open_SealedUnderAnotherMasterKey_Throws()
    {
        using var other = NewSealer();
        var stored = other.Seal(UserId, SecondFactorSealer.AuthenticatorKeyName, Key);

        Assert.Throws<CryptographicException>(() => _sealer.Open(UserId, SecondFactorSealer.AuthenticatorKeyName, stored));
    }

    [Theory]
    [InlineData(Key)]
    [InlineData(SecondFactorSealer.Prefix)]
    [InlineData(SecondFactorSealer.Prefix + "not base64:AAAA")]
    [InlineData(SecondFactorSealer.Prefix + "AAAA")]
    public void Open_PlainOrMalformedValue_Throws(string stored)
    {
        Assert.Throws<CryptographicException>(() => _sealer.Open(UserId, SecondFactorSealer.AuthenticatorKeyName, stored));
    }

    [Fact]
    public void Open_OneCiphertextByteFlipped_Throws()
    {
        var stored = _sealer.Seal(UserId, SecondFactorSealer.AuthenticatorKeyName, Key);
        var separator = stored.LastIndexOf(':');
        var ciphertext = Convert.FromBase64String(stored[(separator + 1)..]);
        ciphertext[0] ^= 1;
        var tampered = stored[..(separator + 1)] + Convert.ToBase64String(ciphertext);

        Assert.Throws<CryptographicException>(() => _sealer.Open(UserId, SecondFactorSealer.AuthenticatorKeyName, tampered));
    }

    [Theory]
    [InlineData("[AspNetUserStore]", "AuthenticatorKey", true)]
    [InlineData("[AspNetUserStore]", "RecoveryCodes", true)]
    [InlineData("[AspNetUserStore]", "SomethingElse", false)]
    [InlineData("Google", "AuthenticatorKey", false)]
    public void Covers_OnlyIdentitysOwnSecondFactorTokens(string loginProvider, string name, bool covered)
    {
        Assert.Equal(covered, SecondFactorSealer.Covers(loginProvider, name));
    }

    public void Dispose() => _sealer.Dispose();

    private static SecondFactorSealer NewSealer() =>
        new(new MasterKeyProvider(
            Options.Create(new OpenchargeOptions { MasterKey = Convert.ToHexString(RandomNumberGenerator.GetBytes(MasterKeyProvider.KeyLength)) }),
            NullLogger<MasterKeyProvider>.Instance));
}
