package org.themebot.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The fonts a PDF is set in, every one embedded (as a subset of the glyphs used).
 *
 * <p>Liberation Sans ships inside themebot (src/main/resources/fonts, SIL Open Font License, 0.8 MB
 * for regular and bold): it has Arial's metrics, so the PDF reads and breaks like the Word version,
 * and it covers Latin, Greek and Cyrillic on any machine. Other scripts come from fonts installed
 * on the machine, tried glyph by glyph after it: shipping a CJK font would add 4 MB or more to the
 * jar for what a font package gives where it is wanted ({@code apt-get install fonts-droid-fallback}
 * for Chinese and Japanese, {@code fonts-nanum} for Korean; DejaVu for Arabic, Hebrew and symbols;
 * Noto Emoji for emoji in black and white). PDFBox embeds TrueType outlines from .ttf files only, so
 * collections (.ttc), OpenType/CFF fonts (Noto Sans CJK) and colour emoji bitmaps are not looked for.
 */
final class PdfFonts {

    static final String FAMILY = "Liberation Sans";

    /** Where operating systems keep fonts: Debian and other Linux, macOS, Windows. */
    private static final List<Path> SYSTEM_DIRECTORIES = List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
            Path.of(System.getProperty("user.home"), ".local/share/fonts"), Path.of(System.getProperty("user.home"), ".fonts"),
            Path.of("/Library/Fonts"), Path.of("/System/Library/Fonts"), Path.of("C:\\Windows\\Fonts"));

    /** TrueType fonts worth having for what Liberation Sans lacks, best first, by file name (lower case). */
    private static final List<String> FALLBACKS = List.of(
            "dejavusans.ttf", "dejavusans-bold.ttf",
            "droidsansfallbackfull.ttf", "droidsansfallback.ttf", "notosanssc-regular.ttf", "notosansjp-regular.ttf",
            "nanumgothic.ttf", "notosanskr-regular.ttf", "malgun.ttf", "arialuni.ttf",
            "notoemoji-regular.ttf", "symbola.ttf", "seguiemj.ttf", "seguisym.ttf",
            "notosansdevanagari-regular.ttf", "notosansgurmukhi-regular.ttf", "notosansbengali-regular.ttf",
            "notosansgujarati-regular.ttf", "notosansarabic-regular.ttf", "notonaskharabic-regular.ttf");

    private static final int SEARCH_DEPTH = 5;

    private static volatile PdfFonts installed;

    private final List<Path> fallbacks;

    PdfFonts(List<Path> fallbacks) {
        this.fallbacks = List.copyOf(fallbacks);
    }

    /** The fallbacks installed on this machine, looked for once. */
    static PdfFonts installed() {
        PdfFonts fonts = installed;
        if (fonts == null) {
            fonts = new PdfFonts(find(SYSTEM_DIRECTORIES));
            installed = fonts;
        }
        return fonts;
    }

    /** The fallback font files under the given directories, in {@link #FALLBACKS} order, each name once. */
    static List<Path> find(List<Path> directories) {
        Map<String, Path> found = new LinkedHashMap<>();
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> files = Files.find(directory, SEARCH_DEPTH, (path, attributes) -> attributes.isRegularFile())) {
                files.forEach(file -> found.putIfAbsent(file.getFileName().toString().toLowerCase(Locale.ROOT), file));
            } catch (IOException | UncheckedIOException e) {
                // an unreadable font directory only means fewer fallbacks
            }
        }
        List<Path> fallbacks = new ArrayList<>();
        FALLBACKS.stream().map(found::get).filter(p -> p != null).forEach(fallbacks::add);
        return fallbacks;
    }

    List<Path> fallbacks() {
        return fallbacks;
    }

    /** The CSS font-family list: the shipped font; fallbacks are found glyph by glyph without being named. */
    String cssFamilies() {
        return "\"" + FAMILY + "\"";
    }

    void addTo(PdfRendererBuilder builder) {
        builder.useFont(() -> shipped("LiberationSans-Regular.ttf"), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> shipped("LiberationSans-Bold.ttf"), FAMILY, 700, FontStyle.NORMAL, true);
        for (Path fallback : fallbacks) {
            builder.useFont(fallback.toFile(), "fallback " + fallback.getFileName(), 400, FontStyle.NORMAL, true,
                    Set.of(FSFontUseCase.FALLBACK_FINAL));
        }
    }

    private static InputStream shipped(String file) {
        InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("font missing from the jar: fonts/" + file);
        }
        return in;
    }
}
