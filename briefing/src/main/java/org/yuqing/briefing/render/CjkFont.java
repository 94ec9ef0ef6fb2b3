package org.yuqing.briefing.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.yuqing.core.config.ConfigurationException;

/**
 * The TrueType font with Chinese glyphs that the PDF embeds and the charts are drawn with. Found at run time: the
 * path given (option {@code --font}), else {@code YUQING_BRIEFING_FONT}, else the Debian packages' usual places.
 * TrueType only: PDFBox embeds TrueType outlines but not the CFF outlines of Noto CJK.
 */
public record CjkFont(Path path) {

    public static final String ENVIRONMENT_VARIABLE = "YUQING_BRIEFING_FONT";
    /** What deploy/local/fonts.sh installs. */
    public static final Path WQY_ZENHEI = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    private static final List<Path> KNOWN = List.of(
            WQY_ZENHEI,
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"));

    /** @param configured the path given on the command line, or null */
    public static CjkFont locate(Path configured, Map<String, String> environment) {
        if (configured != null) {
            return existing(configured, "--font");
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return existing(Path.of(fromEnvironment.trim()), ENVIRONMENT_VARIABLE);
        }
        return KNOWN.stream().filter(Files::isRegularFile).findFirst().map(CjkFont::new)
                .orElseThrow(() -> new ConfigurationException("no Chinese font for the briefing: none of " + KNOWN
                        + " exists; install the Debian package fonts-wqy-zenhei (deploy/local/fonts.sh does it) or set "
                        + ENVIRONMENT_VARIABLE + " / --font to a TrueType font (.ttf or .ttc) with Chinese glyphs", null));
    }

    private static CjkFont existing(Path path, String setting) {
        if (!Files.isRegularFile(path)) {
            throw new ConfigurationException(setting + ": the font " + path + " does not exist; expected a TrueType font"
                    + " (.ttf or .ttc) with Chinese glyphs, such as " + WQY_ZENHEI + " from the Debian package fonts-wqy-zenhei", null);
        }
        return new CjkFont(path);
    }

    public boolean collection() {
        return path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc");
    }

    /** The first face of the file (Zen Hei's proportional face in wqy-zenhei.ttc), for Java2D. */
    public Font awtFont() {
        try {
            return Font.createFonts(path.toFile())[0];
        } catch (FontFormatException | IOException e) {
            throw new ConfigurationException(path + " cannot be read as a TrueType font: " + e.getMessage(), e);
        }
    }
}
