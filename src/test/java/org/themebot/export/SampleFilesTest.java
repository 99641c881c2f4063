package org.themebot.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Writes the 3 September 2008 meeting in every format to target/action-notes-samples, for a person to open and look at. */
class SampleFilesTest {

    @Test
    void writesEveryFormat() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "action-notes-samples"));
        ActionNotes notes = MeetingFixtures.september2008();
        for (ExportFormat format : ExportFormat.values()) {
            Path file = Files.write(dir.resolve(format.fileName(notes.meetingDate())), format.renderer().render(notes));
            assertThat(file).isNotEmptyFile();
        }
    }
}
