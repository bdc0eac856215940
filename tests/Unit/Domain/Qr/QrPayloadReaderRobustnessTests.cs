using OpenCharge.Checkout.Domain.Qr;

namespace OpenCharge.Checkout.UnitTests.Domain.Qr;

/// <summary>Whatever a camera reads, the reader answers a payload or a <c>qr.*</c> reason, never an exception.</summary>
public sealed class QrPayloadReaderRobustnessTests
{
    private const string Valid = """{"ocid":200,"order":"https://w.example/opencharge/orders/create/0123456789abcdef0123456789abcdef","expiresAt":1706400000}""";
    private const string Alphabet = "{}[]\":,.-+0123456789eEabcnulltrue /\\u%#?&@ordeinvtyxpAsO\ud800é";

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 300)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Read_MutatedPayload_ReturnsAPayloadOrAReason(int seed)
    {
        var random = new Random(seed);
        var text = Valid.ToCharArray().ToList();
        for (var edits = random.Next(1, 6); edits > 0 && text.Count > 0; edits--)
        {
            var at = random.Next(text.Count);
            switch (random.Next(3))
            {
                case 0:
                    text.RemoveAt(at);
                    break;
                case 1:
                    text.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                    break;
                default:
                    text[at] = Alphabet[random.Next(Alphabet.Length)];
                    break;
            }
        }

        var result = QrPayloadReader.Read(new string([.. text]), DateTimeOffset.FromUnixTimeSeconds(1706300000), allowPlainHttp: random.Next(2) == 0);

        Assert.True(result.IsSuccess || result.Error.Code.StartsWith("qr.", StringComparison.Ordinal), result.Error?.Code);
    }
}
