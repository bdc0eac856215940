using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace OpenCharge.Checkout.Infrastructure.Protocol;

/// <summary>
/// Writes UTF-8 JSON tokens the way JavaScript's JSON.stringify does. It escapes only <c>"</c>, <c>\</c>,
/// control characters and lone surrogates, and writes every other character as is (including non-ASCII and
/// <c>&lt;&gt;&amp;'+</c>, which System.Text.Json's encoders escape).
/// </summary>
internal sealed class JsJsonWriter
{
    private const string HexDigits = "0123456789abcdef";

    private readonly ArrayBufferWriter<byte> _buffer = new(256);

    public ReadOnlySpan<byte> WrittenSpan => _buffer.WrittenSpan;

    public void WriteByte(byte value)
    {
        _buffer.GetSpan(1)[0] = value;
        _buffer.Advance(1);
    }

    public void WriteRaw(ReadOnlySpan<byte> utf8) => _buffer.Write(utf8);

    /// <summary>A string token as it appeared in the input, quotes and escapes included.</summary>
    public void WriteStringToken(ReadOnlySpan<byte> token)
    {
        var content = token[1..^1];
        if (!content.Contains((byte)'\\') && Utf8.IsValid(content))
        {
            // Without escapes the token holds no quote, control character or lone surrogate (the reader
            // rejects raw ones), so JSON.stringify would write exactly these bytes. Invalid UTF-8 takes the slow
            // path, where decoding turns it into U+FFFD as a JS peer's UTF-8 decoder does.
            WriteRaw(token);
            return;
        }
        WriteString(JsonStringDecoder.Decode(content));
    }

    public void WriteString(string value)
    {
        WriteByte((byte)'"');
        int runStart = 0;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }
            if (c >= 0x20 && c != '"' && c != '\\' && !char.IsSurrogate(c))
            {
                continue;
            }

            WriteUtf8(value.AsSpan(runStart, i - runStart));
            WriteEscape(c);
            runStart = i + 1;
        }
        WriteUtf8(value.AsSpan(runStart));
        WriteByte((byte)'"');
    }

    public void WriteNumberToken(ReadOnlySpan<byte> token) => WriteUtf8(JsNumberFormat.Format(token));

    private void WriteEscape(char c)
    {
        string shortForm = c switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\b' => "\\b",
            '\f' => "\\f",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            _ => "",
        };
        if (shortForm.Length > 0)
        {
            WriteUtf8(shortForm);
            return;
        }

        Span<byte> escape = [(byte)'\\', (byte)'u', Hex(c >> 12), Hex(c >> 8), Hex(c >> 4), Hex(c)];
        WriteRaw(escape);
    }

    private static byte Hex(int nibble) => (byte)HexDigits[nibble & 0xF];

    private void WriteUtf8(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }
        int written = Encoding.UTF8.GetBytes(text, _buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length)));
        _buffer.Advance(written);
    }
}
