using System.Text;

namespace IcPerMed.Ingestion.Sources.Cordis;

/// <summary>
/// How CORDIS CSV bytes become text. The current exports are UTF-8; the older single-file H2020 edition was
/// published as ISO-8859-1 (public readers open it with encoding='iso-8859-1'). Rather than guess the encoding of a
/// whole file up front (a Latin-1 byte may first appear a million rows in, after records were already written),
/// every byte sequence that is not valid UTF-8 is decoded as ISO-8859-1 instead. Latin-1 text is almost never valid
/// UTF-8 by accident (that needs a byte 0xC2-0xF4 followed by bytes 0x80-0xBF), so both editions read correctly and
/// the read stays streaming.
/// </summary>
internal static class CordisTextEncoding
{
    /// <summary>UTF-8 whose invalid bytes decode as ISO-8859-1 ("Troms\xF8" → "Tromsø").</summary>
    public static Encoding Utf8WithLatin1Fallback { get; } =
        Encoding.GetEncoding("utf-8", EncoderFallback.ExceptionFallback, new Latin1DecoderFallback());

    private sealed class Latin1DecoderFallback : DecoderFallback
    {
        // The UTF-8 decoder hands over at most one invalid sequence (up to 4 bytes) at a time; one char per byte.
        public override int MaxCharCount => 4;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Latin1Buffer();
    }

    private sealed class Latin1Buffer : DecoderFallbackBuffer
    {
        private byte[] bytes = [];
        private int next;

        public override int Remaining => bytes.Length - next;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            bytes = bytesUnknown;
            next = 0;
            return bytes.Length > 0;
        }

        // ISO-8859-1 maps byte n to U+00nn, so the byte is the char.
        public override char GetNextChar() => next < bytes.Length ? (char)bytes[next++] : '\0';

        public override bool MovePrevious()
        {
            if (next == 0)
                return false;
            next--;
            return true;
        }

        public override void Reset()
        {
            bytes = [];
            next = 0;
        }
    }
}
