package org.themebot.export;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;

/**
 * A standalone XHTML page printed to PDF by openhtmltopdf, in the shipped font with the machine's
 * fonts as fallbacks ({@link PdfFonts}): every PDF themebot makes is made this way.
 */
public final class HtmlPdf {

    private HtmlPdf() {
    }

    /** The PDF of the page {@code page} makes when given the CSS font families to set its text in. */
    public static byte[] render(UnaryOperator<String> page) {
        return render(PdfFonts.installed(), page);
    }

    static byte[] render(PdfFonts fonts, UnaryOperator<String> page) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            fonts.addTo(builder);
            builder.withHtmlContent(page.apply(fonts.cssFamilies()), null);
            builder.withProducer("themebot");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory from our own markup: only a library bug gets here
        }
    }
}
