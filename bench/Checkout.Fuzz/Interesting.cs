using System.Text;
using System.Text.Json.Nodes;

namespace OpenCharge.Checkout.Fuzz;

/// <summary>
/// Values that tend to break parsers and validators. None contains the words the response check looks for
/// ("Exception", "System.", a stack frame), so an echoed value is never mistaken for a leak.
/// </summary>
internal static class Interesting
{
    private static readonly string[] Texts =
    [
        "", " ", "\t", "0", "-1", "null", "true", "[]", "{}", "\u0000", "a\u0000b", "\u202eevil", "\u200b", "é", "e\u0301",
        "😀", "𝕏", "\uFEFF", "ＵＳＤ", "İ", "ß", "%00", "%2e%2e%2f", "../../etc/passwd", "<script>alert(1)</script>",
        "' OR 1=1 --", "\"; DROP TABLE checkout_sessions; --", "${jndi:ldap://x}", "{{7*7}}", "\\", "\"", "\\u0000",
        "\r\n", "\n", "sess_", "ord_", "octx_", "NaN", "Infinity", "-0", "1e400",
    ];

    private static readonly string[] Amounts =
    [
        "0", "0.00", "-1", "-12.50", "12.5", "12.500", "12.501", "1e3", "12,50", " 12.50", "12.50 ", "+12.50", ".5", "5.",
        "0x10", "NaN", "Infinity", "١٢", "12.50\u0000", "99999999999999999999.99", "9223372036854775807",
        "92233720368547758.08", "0.000000000000000000001", "", "1_000",
    ];

    private static readonly string[] Currencies = ["USD", "usd", "EUR", "UGX", "USDC", "XXX", "", "US", "USDD", "ＵＳＤ", "U$D", "JPY", "BHD"];

    private static readonly string[] Urls =
    [
        "https://merchant.example/ok", "http://merchant.example/ok", "javascript:alert(1)", "data:text/html,hi", "//evil.example/",
        "https://evil.example@merchant.example/", "https://127.0.0.1/", "https://[::1]/", "ftp://merchant.example/", "/relative",
        "https://merchant.example/" + new string('a', 5000), "https://merchant.example/\u0000", "https://ｍerchant.example/", "",
    ];

    private static readonly string[] RawTokens =
    [
        "1e400", "-1e400", "123456789012345678901234567890", "-0", "0.1e-400", "1E+9999", "9007199254740993",
        "\"\\ud800\"", "\"\\udfff\\ud800\"", "\"\\u0000\"", "\"\\uFFFF\"", "\"a\\/b\"", "1.0", "[]", "{}", "[null]",
        "{\"a\":1,\"a\":2}", "\"\u00ff\"",
    ];

    public static string Text(Random random) => random.Next(6) switch
    {
        0 => new string((char)random.Next(0x20, 0x7f), random.Next(1, 300)),
        1 => RandomUnicode(random, random.Next(1, 40)),
        _ => Texts[random.Next(Texts.Length)],
    };

    /// <summary>Non-empty text that HttpClient will put in a header (no CR, LF or NUL).</summary>
    public static string HeaderText(Random random) =>
        "x" + Text(random).Replace('\r', ' ').Replace('\n', ' ').Replace('\0', ' ');

    public static string Amount(Random random) => Amounts[random.Next(Amounts.Length)];

    public static string Currency(Random random) => Currencies[random.Next(Currencies.Length)];

    public static string Url(Random random) => Urls[random.Next(Urls.Length)];

    /// <summary>A JSON token written verbatim into the body: numbers and escapes System.Text.Json would not emit.</summary>
    public static string RawToken(Random random) => random.Next(5) switch
    {
        0 => new string('[', random.Next(60, 3000)) + new string(']', random.Next(0, 3000)),
        1 => string.Concat(Enumerable.Repeat("{\"a\":", random.Next(60, 1000))) + "1" + new string('}', random.Next(0, 1000)),
        _ => RawTokens[random.Next(RawTokens.Length)],
    };

    public static long Timestamp(Random random, DateTimeOffset now) => random.Next(9) switch
    {
        0 => 0,
        1 => -1,
        2 => now.AddHours(-1).ToUnixTimeSeconds(),
        3 => now.AddYears(100).ToUnixTimeSeconds(),
        4 => int.MaxValue,
        5 => 9_007_199_254_740_993,
        6 => long.MaxValue,
        7 => now.ToUnixTimeMilliseconds(),
        _ => long.MinValue,
    };

    public static JsonNode? Value(Random random) => random.Next(12) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(2) == 0),
        2 => JsonValue.Create(0),
        3 => JsonValue.Create(-1),
        4 => JsonValue.Create(long.MaxValue),
        5 => JsonValue.Create(double.MaxValue),
        6 => JsonValue.Create(0.1),
        7 => new JsonArray(),
        8 => new JsonObject(),
        9 => new JsonArray(JsonValue.Create(Text(random)), JsonValue.Create(1)),
        10 => new JsonObject { ["nested"] = new JsonObject { ["deeper"] = JsonValue.Create(Text(random)) } },
        _ => JsonValue.Create(Text(random)),
    };

    private static string RandomUnicode(Random random, int length)
    {
        var text = new StringBuilder(length * 2);
        for (var i = 0; i < length; i++)
        {
            var codePoint = random.Next(4) switch
            {
                0 => random.Next(0x80, 0x800),
                1 => random.Next(0x800, 0xD800),
                2 => random.Next(0xE000, 0x10000),
                _ => random.Next(0x10000, 0x110000),
            };
            text.Append(char.ConvertFromUtf32(codePoint));
        }
        return text.ToString();
    }

    public static string Hex(Random random, int length)
    {
        var bytes = new byte[(length + 1) / 2];
        random.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes)[..length];
    }
}
