package org.themebot.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Writes the 3 September 2008 meeting in every format to target/action-notes-samples, for a person to
 * open and look at (LibreOffice, Chromium, a Markdown viewer). With {@code -Dthemebot.samples=long}
 * the long 150-action meeting is written too (long-150-actions.*): it takes longer, so not by default.
 */
class SampleFilesTest {

    @Test
    void writesEveryFormat() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "action-notes-samples"));
        boolean long150 = "long".equals(System.getProperty("themebot.samples"));
        for (ExportFormat format : ExportFormat.values()) {
            Path september = Files.write(dir.resolve(format.fileName(MeetingFixtures.MEETING_DATE)),
                    format.renderer().render(MeetingFixtures.september2008()));
            assertThat(september).isNotEmptyFile();
            if (long150) {
                assertThat(Files.write(dir.resolve("long-150-actions." + format.extension()),
                        format.renderer().render(MeetingFixtures.long150()))).isNotEmptyFile();
            }
        }
    }
}
