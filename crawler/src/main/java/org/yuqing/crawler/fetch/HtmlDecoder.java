package org.yuqing.crawler.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Decodes a page into a Jsoup document. The charset comes from the Content-Type header, else from the page's
 * meta tag, else Jsoup's detection. GB2312 and GBK are read as GB18030, their superset: Chinese sites often
 * declare gb2312 and then use characters outside it.
 */
public final class HtmlDecoder {

    private static final Pattern HEADER_CHARSET = Pattern.compile("charset=[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlDecoder() {
    }

    public static Document decode(FetchedPage page) {
        String declared = headerCharset(page.contentType());
        try {
            if (declared == null) {
                Document sniffed = Jsoup.parse(new ByteArrayInputStream(page.body()), null, page.url());
                String detected = sniffed.charset().name();
                String widened = widen(detected);
                if (widened.equalsIgnoreCase(detected)) {
                    return sniffed;
                }
                declared = widened;
            }
            return Jsoup.parse(new ByteArrayInputStream(page.body()), widen(declared), page.url());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot decode " + page.url(), e);
        }
    }

    static String headerCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = HEADER_CHARSET.matcher(contentType);
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
