package org.yuqing.briefing.render;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * What a reader sees on the rendered pages of a briefing's PDF, read back with PDFBox: every glyph's box and every
 * image's box, per page, in one coordinate system (points, y down), and the text. Lets a test find what the layout
 * got wrong: characters drawn over one another, text hidden under a chart, a hot issue listed twice.
 */
final class PdfLayout {

    /** Boxes that share less than this share of the smaller one only touch (kerning, tight lines). */
    private static final double OVERLAP = 0.25;
    private static final Pattern HOT_ISSUE = Pattern.compile("(?m)^(\\d+)\\. (.+)$");

    record Glyph(int page, String text, Rectangle2D box) {
    }

    record Image(int page, Rectangle2D box) {
    }

    private final List<Glyph> glyphs = new ArrayList<>();
    private final List<Image> images = new ArrayList<>();
    /** Painted vector graphics: borders, backgrounds, rules. */
    private final List<Image> shapes = new ArrayList<>();
    private final String text;

    private PdfLayout(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            GlyphReader reader = new GlyphReader();
            reader.getText(document);
            text = new PDFTextStripper().getText(document);
            int number = 0;
            for (PDPage page : document.getPages()) {
                number++;
                new GraphicsReader(page, number).processPage(page);
            }
        }
    }

    static PdfLayout of(byte[] pdf) throws IOException {
        return new PdfLayout(pdf);
    }

    int images() {
        return images.size();
    }

    int pages() {
        return glyphs.stream().mapToInt(Glyph::page).max().orElse(0);
    }

    /** Pairs of characters drawn over one another, as "page N: 'a' over 'b'". */
    List<String> overlappingText() {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph a = glyphs.get(i);
            for (int j = i + 1; j < glyphs.size(); j++) {
                Glyph b = glyphs.get(j);
                if (a.page() == b.page() && overlap(a.box(), b.box())) {
                    found.add("page " + a.page() + ": '" + a.text() + "' over '" + b.text() + "' at " + a.box());
                }
            }
        }
        return found;
    }

    /**
     * What an image was drawn over: characters, table borders and backgrounds (a table row a chart covers), other
     * images.
     */
    List<String> hiddenByImages() {
        List<String> found = new ArrayList<>();
        for (Image image : images) {
            for (Glyph glyph : glyphs) {
                if (glyph.page() == image.page() && overlap(glyph.box(), image.box())) {
                    found.add("page " + image.page() + ": '" + glyph.text() + "' under the image at " + image.box());
                }
            }
            for (Image shape : shapes) {
                if (shape.page() == image.page() && overlap(shape.box(), image.box())) {
                    found.add("page " + image.page() + ": a border or background at " + shape.box() + " under the image at " + image.box());
                }
            }
            for (Image other : images) {
                if (other != image && other.page() == image.page() && overlap(other.box(), image.box())) {
                    found.add("page " + image.page() + ": two images at " + image.box() + " and " + other.box());
                }
            }
        }
        return found;
    }

    /** The hot issues' titles, as numbered under 三、热点问题, in order. */
    List<String> hotIssueTitles() {
        int from = text.indexOf("三、热点问题");
        int to = text.indexOf("四、政策解读");
        if (from < 0) {
            return List.of();
        }
        Map<Integer, String> titles = new LinkedHashMap<>();
        Matcher m = HOT_ISSUE.matcher(text.substring(from, to < 0 ? text.length() : to));
        while (m.find()) {
            titles.putIfAbsent(Integer.parseInt(m.group(1)), m.group(2).strip());
        }
        return List.copyOf(titles.values());
    }

    String text() {
        return text;
    }

    private static boolean overlap(Rectangle2D a, Rectangle2D b) {
        Rectangle2D common = a.createIntersection(b);
        if (common.isEmpty()) {
            return false;
        }
        double smaller = Math.min(a.getWidth() * a.getHeight(), b.getWidth() * b.getHeight());
        return smaller > 0 && common.getWidth() * common.getHeight() > OVERLAP * smaller;
    }

    private final class GlyphReader extends PDFTextStripper {

        GlyphReader() {
            setSortByPosition(false);
        }

        @Override
        protected void writeString(String string, List<TextPosition> positions) {
            for (TextPosition p : positions) {
                if (p.getUnicode().isBlank()) {
                    continue;
                }
                // The glyph's box from its baseline: the font size up, a fifth of it down for descenders.
                double size = p.getFontSizeInPt();
                glyphs.add(new Glyph(getCurrentPageNo(), p.getUnicode(), new Rectangle2D.Double(
                        p.getXDirAdj(), p.getYDirAdj() - size * 0.8, p.getWidthDirAdj(), size)));
            }
        }
    }

    /**
     * Where each image is drawn (its unit square through the current transformation) and what vector graphics are
     * painted (table borders and cell backgrounds, rules under headings), as boxes turned to y down.
     */
    private final class GraphicsReader extends PDFGraphicsStreamEngine {

        private final int page;
        private final float height;
        private final float area;
        private Rectangle2D path;
        private Point2D current = new Point2D.Double();

        GraphicsReader(PDPage page, int number) {
            super(page);
            this.page = number;
            this.height = page.getMediaBox().getHeight();
            this.area = page.getMediaBox().getWidth() * height;
        }

        @Override
        public void drawImage(PDImage image) {
            Matrix m = getGraphicsState().getCurrentTransformationMatrix();
            double width = m.getScalingFactorX();
            double tall = m.getScalingFactorY();
            images.add(new Image(page, new Rectangle2D.Double(m.getTranslateX(), height - m.getTranslateY() - tall, width, tall)));
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            add(p0);
            add(p1);
            add(p2);
            add(p3);
        }

        @Override
        public void moveTo(float x, float y) {
            add(new Point2D.Float(x, y));
        }

        @Override
        public void lineTo(float x, float y) {
            add(new Point2D.Float(x, y));
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            add(new Point2D.Float(x3, y3));
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
            path = null;
        }

        @Override
        public void strokePath() {
            paint();
        }

        @Override
        public void fillPath(int windingRule) {
            paint();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            paint();
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }

        @Override
        public void clip(int windingRule) {
        }

        private void add(Point2D point) {
            current = point;
            Rectangle2D dot = new Rectangle2D.Double(point.getX(), height - point.getY(), 0, 0);
            if (path == null) {
                path = dot;
            } else {
                path.add(dot.getX(), dot.getY());
            }
        }

        /** A painted path, unless it is the page's own background. */
        private void paint() {
            if (path != null && path.getWidth() * path.getHeight() < 0.5 * area) {
                // A rule is drawn as a line: give it the thickness a reader sees.
                shapes.add(new Image(page, new Rectangle2D.Double(path.getX(), path.getY(),
                        Math.max(path.getWidth(), 0.5), Math.max(path.getHeight(), 0.5))));
            }
            path = null;
        }
    }
}
