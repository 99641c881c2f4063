package org.themebot.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfFontsTest {

    @Test
    void findsTheKnownTrueTypeFallbacksInFontFoldersBestFirst(@TempDir Path fonts, @TempDir Path more) throws IOException {
        Path droid = touch(fonts.resolve("truetype/droid/DroidSansFallbackFull.ttf"));
        Path dejavu = touch(fonts.resolve("truetype/dejavu/DejaVuSans.ttf"));
        touch(fonts.resolve("truetype/noto/NotoColorEmoji.ttf")); // bitmaps PDFBox cannot draw
        touch(fonts.resolve("opentype/noto/NotoSansCJK-Regular.ttc")); // CFF outlines in a collection
        Path nanum = touch(more.resolve("NanumGothic.ttf"));
        touch(more.resolve("DejaVuSans.ttf")); // a second copy of a font already found

        assertThat(PdfFonts.find(List.of(fonts, more, fonts.resolve("absent")))).containsExactly(dejavu, droid, nanum);
    }

    @Test
    void theShippedFontIsInTheJarWithItsLicence() {
        for (String file : List.of("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LICENSE-Liberation.txt")) {
            assertThat(PdfFontsTest.class.getResource("/fonts/" + file)).as(file).isNotNull();
        }
    }

    private static Path touch(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, new byte[] {0});
    }
}
