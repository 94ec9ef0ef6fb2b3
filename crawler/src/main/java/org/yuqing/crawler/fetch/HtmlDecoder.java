package org.yuqing.crawler.fetch;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Decodes a page into a Jsoup document, choosing the charset its bytes fit. The candidates, in order: a byte
 * order mark, the Content-Type header, the page's {@code <meta>}, UTF-8, GB18030. The first under which the bytes
 * decode cleanly wins, so a {@code <meta>} that contradicts the header is believed when the header's charset does
 * not fit the bytes (a server that labels every page UTF-8 or ISO-8859-1), and the header when the meta is wrong.
 * GB2312 and GBK are read as GB18030, their superset: Chinese sites often declare gb2312 and then use characters
 * outside it. A page that is not HTML, that was cut off, or whose bytes fit no charset is refused with the reason.
 */
public final class HtmlDecoder {

    private static final Pattern HEADER_CHARSET = Pattern.compile("charset=[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    /** Charsets any byte sequence decodes in: a server default, never evidence against a {@code <meta>}. */
    private static final Set<String> SINGLE_BYTE = Set.of("iso-8859-1", "windows-1252", "us-ascii", "latin1");
    /** A few stray bytes in a long page are an editor's slip, not a wrong charset. */
    private static final double MAX_BAD_SHARE = 0.001;
    private static final int SNIFF = 4096;

    private HtmlDecoder() {
    }

    public static Document decode(FetchedPage page) {
        byte[] body = page.body();
        refuseBinary(body);
        String text = text(body, page.contentType());
        refuseTruncated(text);
        return Jsoup.parse(text, page.url());
    }

    /** The page's text in the charset its bytes fit best. */
    static String text(byte[] body, String contentType) {
        Bom bom = Bom.of(body);
        if (bom != null) {
            return decodeStrictly(body, bom.length(), bom.charset()).text();
        }
        String header = headerCharset(contentType);
        String meta = metaCharset(body);
        Set<String> candidates = new LinkedHashSet<>();
        if (header != null && !(SINGLE_BYTE.contains(header.toLowerCase(Locale.ROOT)) && meta != null)) {
            candidates.add(widen(header));
        }
        if (meta != null) {
            candidates.add(widen(meta));
        }
        candidates.add("UTF-8");
        candidates.add("GB18030");
        if (header != null) {
            candidates.add(widen(header));
        }
        Decoded best = null;
        List<String> tried = new ArrayList<>();
        for (String name : candidates) {
            Decoded decoded = decodeStrictly(body, 0, Charset.forName(name));
            tried.add(name);
            if (decoded.errors() == 0) {
                return decoded.text();
            }
            if (best == null || decoded.errors() < best.errors()) {
                best = decoded;
            }
        }
        if (best != null && best.errors() <= Math.max(2, MAX_BAD_SHARE * body.length)) {
            return best.text();
        }
        throw new UnreadablePageException("undecodable: the bytes fit no charset (tried " + String.join(", ", tried)
                + (header != null ? "; header says " + header : "") + (meta != null ? "; meta says " + meta : "") + ")");
    }

    private record Decoded(String text, int errors) {
    }

    private record Bom(Charset charset, int length) {
        static Bom of(byte[] b) {
            if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
                return new Bom(StandardCharsets.UTF_8, 3);
            }
            if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
                return new Bom(StandardCharsets.UTF_16BE, 2);
            }
            if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
                return new Bom(StandardCharsets.UTF_16LE, 2);
            }
            return null;
        }
    }

    /** Decodes, counting malformed and unmappable sequences (each replaced) instead of guessing past them. */
    private static Decoded decodeStrictly(byte[] body, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body, offset, body.length - offset);
        CharBuffer out = CharBuffer.allocate(body.length + 16);
        int errors = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                break;
            }
            if (result.isOverflow()) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
                out.flip();
                bigger.put(out);
                out = bigger;
                continue;
            }
            errors++;
            if (out.remaining() < 1) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
                out.flip();
                bigger.put(out);
                out = bigger;
            }
            out.put('\ufffd');
            in.position(in.position() + result.length());
        }
        decoder.flush(out);
        out.flip();
        return new Decoded(out.toString(), errors);
    }

    /** A PDF, an archive or other binary served as text/html. */
    private static void refuseBinary(byte[] body) {
        String start = new String(body, 0, Math.min(body.length, 8), StandardCharsets.ISO_8859_1);
        if (start.startsWith("%PDF")) {
            throw new UnreadablePageException("not html: the body is a PDF");
        }
        if (start.startsWith("PK\u0003\u0004") || start.startsWith("\u00d0\u00cf\u0011\u00e0")) {
            throw new UnreadablePageException("not html: the body is an office document or archive");
        }
        if (Bom.of(body) == null) {
            for (int i = 0; i < Math.min(body.length, SNIFF); i++) {
                if (body[i] == 0) {
                    throw new UnreadablePageException("not html: the body is binary (NUL bytes)");
                }
            }
        }
    }

    /**
     * A page cut off in transfer or in storage: it ends inside a tag or a sentence, or it opened its body and never
     * closed it. Half a page would be read as if it were whole.
     */
    private static void refuseTruncated(String text) {
        String end = text.stripTrailing();
        if (end.isEmpty()) {
            throw new UnreadablePageException("empty page");
        }
        String lower = end.substring(Math.max(0, end.length() - 4096)).toLowerCase(Locale.ROOT);
        boolean closed = lower.contains("</html") || lower.contains("</body");
        if (!closed && !end.endsWith(">") || !closed && end.toLowerCase(Locale.ROOT).contains("<body")) {
            throw new UnreadablePageException("truncated page: it ends with «"
                    + end.substring(Math.max(0, end.length() - 20)).replaceAll("\\s+", " ") + "» and never closes its body");
        }
    }

    static String headerCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() && Charset.isSupported(m.group(1)) ? m.group(1) : null;
    }

    static String metaCharset(byte[] body) {
        Matcher m = META_CHARSET.matcher(new String(body, 0, Math.min(body.length, SNIFF), StandardCharsets.ISO_8859_1));
        return m.find() && Charset.isSupported(m.group(1)) ? m.group(1) : null;
    }

    static String widen(String charset) {
        String name = charset.toLowerCase(Locale.ROOT);
        if (name.equals("gb2312") || name.equals("gbk") || name.equals("x-gbk") || name.equals("euc-cn")) {
            return "GB18030";
        }
        return charset;
    }
}
