using System.Runtime.Versioning;

using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Infrastructure.Crypto;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Crypto;

public sealed class MasterKeyProviderTests : IDisposable
{
    private const string ConfiguredKey = "00112233445566778899aabbccddeeff00112233445566778899AABBCCDDEEFF";

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("master-key-tests-");

    private string KeyFile => Path.Combine(_directory.FullName, "keys", "master.key");

    [Fact]
    public void GetOrCreate_KeyConfigured_ReturnsItWithoutWritingAFile()
    {
        var provider = Provider(masterKey: ConfiguredKey);

        var key = provider.GetOrCreate();

        Assert.Equal(Convert.FromHexString(ConfiguredKey), key);
        Assert.False(File.Exists(KeyFile));
    }

    [Theory]
    [InlineData("00112233")]
    [InlineData("00112233445566778899aabbccddeeff00112233445566778899aabbccddeef")]
    [InlineData("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeffaa")]
    [InlineData("0x112233445566778899aabbccddeeff00112233445566778899aabbccddeeff")]
    [InlineData("zz112233445566778899aabbccddeeff00112233445566778899aabbccddeeff")]
    public void GetOrCreate_ConfiguredKeyMalformed_Throws(string configured)
    {
        var provider = Provider(masterKey: configured);

        var failure = Assert.Throws<InvalidOperationException>(provider.GetOrCreate);

        Assert.Contains("Opencharge:MasterKey", failure.Message);
    }

    [Fact]
    public void GetOrCreate_NoKeyAndNoFile_WritesTheGeneratedKeyToTheFile()
    {
        var provider = Provider();

        var key = provider.GetOrCreate();

        Assert.Equal(MasterKeyProvider.KeyLength, key.Length);
        Assert.Equal(Convert.ToHexStringLower(key), File.ReadAllText(KeyFile));
    }

    [UnixFact]
    [UnsupportedOSPlatform("windows")]
    public void GetOrCreate_NoKeyAndNoFile_CreatesTheFileReadableByOwnerOnly()
    {
        var provider = Provider();

        provider.GetOrCreate();

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeyFile));
    }

    [Fact]
    public void GetOrCreate_SecondCall_ReusesTheKeyFile()
    {
        var first = Provider().GetOrCreate();
        var written = File.ReadAllText(KeyFile);

        var second = Provider().GetOrCreate();

        Assert.Equal(first, second);
        Assert.Equal(written, File.ReadAllText(KeyFile));
    }

    [Fact]
    public void GetOrCreate_KeyFileWrittenByHandWithTrailingNewline_IsAccepted()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(KeyFile)!);
        File.WriteAllText(KeyFile, ConfiguredKey + "\n");

        var key = Provider().GetOrCreate();

        Assert.Equal(Convert.FromHexString(ConfiguredKey), key);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a key")]
    [InlineData("00112233445566778899aabbccddeeff")]
    public void GetOrCreate_KeyFileMalformed_Throws(string contents)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(KeyFile)!);
        File.WriteAllText(KeyFile, contents);

        var failure = Assert.Throws<InvalidOperationException>(Provider().GetOrCreate);

        Assert.Contains(KeyFile, failure.Message);
    }

    public void Dispose() => _directory.Delete(recursive: true);

    private MasterKeyProvider Provider(string? masterKey = null) =>
        new(Options.Create(new OpenchargeOptions { MasterKey = masterKey, MasterKeyFile = KeyFile }), NullLogger<MasterKeyProvider>.Instance);
}
