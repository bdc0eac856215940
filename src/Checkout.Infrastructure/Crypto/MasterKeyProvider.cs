using System.Security.Cryptography;

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Infrastructure.Configuration;

namespace OpenCharge.Checkout.Infrastructure.Crypto;

/// <summary>
/// The key-encryption key that seals secrets in the database. It never lives in the database itself: it comes from
/// <c>Opencharge:MasterKey</c>, or from a key file generated on first start (<c>Opencharge:MasterKeyFile</c>).
/// </summary>
internal sealed class MasterKeyProvider(IOptions<OpenchargeOptions> options, ILogger<MasterKeyProvider> logger)
{
    public const int KeyLength = 32;

    public byte[] GetOrCreate()
    {
        var configured = options.Value.MasterKey;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return ParseHexKey(configured, "Opencharge:MasterKey");
        }

        var path = KeyFilePath(options.Value);
        if (File.Exists(path))
        {
            return ParseHexKey(File.ReadAllText(path), path);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(KeyLength);
        var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using (var writer = new StreamWriter(path, fileOptions))
        {
            writer.Write(Convert.ToHexStringLower(key));
        }
        logger.LogInformation("Generated a new master key file at {Path}", path);
        return key;
    }

    public static string KeyFilePath(OpenchargeOptions options) =>
        string.IsNullOrWhiteSpace(options.MasterKeyFile)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "opencharge-checkout", "master.key")
            : Path.GetFullPath(options.MasterKeyFile);

    private static byte[] ParseHexKey(string hex, string source)
    {
        hex = hex.Trim();
        if (hex.Length != KeyLength * 2 || !hex.All(Uri.IsHexDigit))
        {
            throw new InvalidOperationException($"The master key from {source} must be {KeyLength * 2} hex characters.");
        }
        return Convert.FromHexString(hex);
    }
}
