package org.yuqing.briefing.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays out the briefing's HTML as an A4 PDF with the Chinese font embedded (as a subset), so it reads the same on
 * a machine without Chinese fonts.
 */
public final class PdfRenderer {

    /** The font family the template's CSS names. */
    static final String FAMILY = "briefing-cjk";

    private final CjkFont font;

    public PdfRenderer(CjkFont font) {
        this.font = font;
    }

    public byte[] render(String html) {
        try (PDDocument document = new PDDocument(); FontFile face = open(font)) {
            PDType0Font pdfFont = PDType0Font.load(document, face.font(), true);
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .usePDDocument(document)
                    .withHtmlContent(html, null);
            // One face serves every weight: without a bold entry, headings would fall back to a font without Chinese.
            for (int weight : new int[] {400, 700}) {
                builder.useFont(new PDFontSupplier(pdfFont), FAMILY, weight, FontStyle.NORMAL, true);
            }
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the briefing as PDF with the font " + font.path(), e);
        }
    }

    private static FontFile open(CjkFont font) throws IOException {
        if (font.collection()) {
            TrueTypeCollection collection = new TrueTypeCollection(font.path().toFile());
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            if (first[0] == null) {
                collection.close();
                throw new IOException(font.path() + " holds no font");
            }
            return new FontFile(first[0], collection);
        }
        TrueTypeFont single = new TTFParser().parse(new RandomAccessReadBufferedFile(font.path().toFile()));
        return new FontFile(single, single);
    }

    /** The face to embed and what must stay open until the PDF is saved. */
    private record FontFile(TrueTypeFont font, java.io.Closeable source) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            source.close();
        }
    }
}
