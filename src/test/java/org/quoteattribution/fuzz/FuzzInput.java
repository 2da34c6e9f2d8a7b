package org.quoteattribution.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;

/**
 * How the fuzz targets turn the fuzzer's bytes into a {@code String} and a date, and back (for the seed corpus).
 *
 * <p>Bytes are read as UTF-8 generalized to every code point, surrogates included (three bytes {@code ED A0 80}
 * give the lone surrogate U+D800, as in WTF-8), so that a seed file holding an article in UTF-8 reads as that
 * article, and the fuzzer can still reach lone surrogates. A byte that starts no valid sequence is read as the
 * Latin-1 character of that value (U+0080 to U+00FF, the C1 controls included), so no input is rejected and every
 * byte counts. {@link #bytes(String)} is the inverse: {@code text(bytes(s)).equals(s)} for every string.
 */
public final class FuzzInput {

    /** The day realistic dates count from. */
    private static final LocalDate EPOCH_OF_NEWS = LocalDate.of(1990, 1, 1);

    private FuzzInput() {
    }

    /** The text the fuzzer's bytes stand for. */
    public static String text(byte[] bytes) {
        StringBuilder b = new StringBuilder(bytes.length);
        int i = 0;
        while (i < bytes.length) {
            int lead = bytes[i] & 0xff;
            int more;
            int codePoint;
            if (lead < 0x80) {
                b.append((char) lead);
                i++;
                continue;
            } else if (lead >= 0xc2 && lead <= 0xdf) {
                more = 1;
                codePoint = lead & 0x1f;
            } else if (lead >= 0xe0 && lead <= 0xef) {
                more = 2;
                codePoint = lead & 0x0f;
            } else if (lead >= 0xf0 && lead <= 0xf4) {
                more = 3;
                codePoint = lead & 0x07;
            } else {
                b.append((char) lead);
                i++;
                continue;
            }
            boolean valid = i + more < bytes.length;
            for (int k = 1; valid && k <= more; k++) {
                int next = bytes[i + k] & 0xff;
                valid = (next & 0xc0) == 0x80;
                codePoint = (codePoint << 6) | (next & 0x3f);
            }
            int smallest = more == 1 ? 0x80 : more == 2 ? 0x800 : 0x10000;
            if (!valid || codePoint < smallest || codePoint > Character.MAX_CODE_POINT) {
                b.append((char) lead);
                i++;
                continue;
            }
            b.appendCodePoint(codePoint);
            i += more + 1;
        }
        return b.toString();
    }

    /** The bytes that {@link #text(byte[])} reads as {@code s}: UTF-8, with a lone surrogate in three bytes. */
    public static byte[] bytes(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() * 2);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                out.write(cp);
            } else if (cp < 0x800) {
                out.write(0xc0 | cp >> 6);
                out.write(0x80 | cp & 0x3f);
            } else if (cp < 0x10000) {
                out.write(0xe0 | cp >> 12);
                out.write(0x80 | cp >> 6 & 0x3f);
                out.write(0x80 | cp & 0x3f);
            } else {
                out.write(0xf0 | cp >> 18);
                out.write(0x80 | cp >> 12 & 0x3f);
                out.write(0x80 | cp >> 6 & 0x3f);
                out.write(0x80 | cp & 0x3f);
            }
        }
        return out.toByteArray();
    }

    /**
     * A publication date: half of the inputs get a day of recent decades (1990 to about 2044, where relative dates
     * resolve to real days), the other half any valid {@link LocalDate}, {@link LocalDate#MIN} and {@link
     * LocalDate#MAX} included (an empty input gives {@code LocalDate.MIN}). The fuzzer takes these values from the
     * end of its input, so the text keeps the front.
     */
    public static LocalDate date(FuzzedDataProvider data) {
        if (data.consumeBoolean()) {
            return EPOCH_OF_NEWS.plusDays(data.consumeInt(0, 20_000));
        }
        return LocalDate.ofEpochDay(data.consumeLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()));
    }

    /**
     * A seed for the targets that read a date and then text: {@code text}'s bytes followed by the three bytes that
     * {@link #date(FuzzedDataProvider)} reads as a recent day (one for the choice, two for the day).
     */
    public static byte[] withRecentDate(String text, int daySeed) {
        byte[] body = bytes(text);
        byte[] seed = new byte[body.length + 3];
        System.arraycopy(body, 0, seed, 0, body.length);
        seed[body.length] = (byte) (daySeed >> 8);
        seed[body.length + 1] = (byte) daySeed;
        seed[body.length + 2] = 1;
        return seed;
    }
}
