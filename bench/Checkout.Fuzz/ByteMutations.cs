using System.Text;

namespace OpenCharge.Checkout.Fuzz;

/// <summary>Byte-level damage to a body: bit flips, truncation, insertions of random and interesting bytes, splices.</summary>
internal static class ByteMutations
{
    private static readonly byte[][] InterestingBytes =
    [
        [0x00], [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0x80], [(byte)'"'],
        [(byte)'{'], [(byte)'['], [(byte)'}'], [(byte)']'], [(byte)','], [(byte)':'], [(byte)'\\'], [0x0A], [0x0D],
        Encoding.ASCII.GetBytes("\\u0000"), Encoding.ASCII.GetBytes("\\ud800"), Encoding.ASCII.GetBytes("1e999999"),
        Encoding.ASCII.GetBytes("/*x*/"), Encoding.ASCII.GetBytes("NaN"),
    ];

    public static byte[] Mutate(byte[] body, Random random)
    {
        var bytes = new List<byte>(body);
        for (var n = random.Next(1, 5); n > 0; n--)
        {
            var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0 when bytes.Count > 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1 when bytes.Count > 0:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 2:
                    var noise = new byte[random.Next(1, 16)];
                    random.NextBytes(noise);
                    bytes.InsertRange(at, noise);
                    break;
                case 3 when bytes.Count > 0:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 32), bytes.Count - at));
                    break;
                case 4 when bytes.Count > 0:
                    var start = random.Next(bytes.Count);
                    bytes.InsertRange(at, bytes.GetRange(start, Math.Min(random.Next(1, 64), bytes.Count - start)));
                    break;
                default:
                    bytes.InsertRange(at, InterestingBytes[random.Next(InterestingBytes.Length)]);
                    break;
            }
        }
        return [.. bytes];
    }

    /// <summary>Bodies with no valid request in them at all.</summary>
    public static byte[] Garbage(Random random) => random.Next(8) switch
    {
        0 => [],
        1 => Encoding.UTF8.GetBytes(new string('[', random.Next(64, 100_000))),
        2 => Encoding.UTF8.GetBytes("{\"a\":" + new string('9', random.Next(400, 5000)) + "}"),
        3 => Bytes(random, 1024 * 1024 + random.Next(1024)),
        4 => Encoding.UTF8.GetBytes("null"),
        5 => Encoding.UTF8.GetBytes("[{}, 1, \"x\", null, true]"),
        _ => Bytes(random, random.Next(1, 2048)),
    };

    private static byte[] Bytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
