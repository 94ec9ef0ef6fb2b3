package org.yuqing.briefing.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;

/**
 * Fills the one briefing template. Its output is well-formed XHTML, which browsers show as it is and from which
 * {@link PdfRenderer} lays out the PDF; Mustache escapes every value, quotes from the public included.
 */
public final class HtmlRenderer {

    private static final String TEMPLATE = "org/yuqing/briefing/render/briefing.mustache";

    private final Mustache template = new DefaultMustacheFactory().compile(TEMPLATE);

    public String render(BriefingView view) {
        StringWriter html = new StringWriter();
        template.execute(html, view);
        return html.toString();
    }
}
