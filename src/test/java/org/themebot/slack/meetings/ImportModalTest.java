package org.themebot.slack.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportModalTest {

    @Test
    void aLongTextIsPreviewedByItsBeginningAndItsEndWholeCharactersOnly() {
        String discussion = "Sue said the outcomes are general.\n" + "多様性😀 ".repeat(100)
                + "\nSally agreed to look for some examples in CLYP";

        String shown = ImportModal.excerpt(discussion);

        assertThat(shown).startsWith("Sue said the outcomes are general. 多様性").contains(" … ")
                .endsWith("Sally agreed to look for some examples in CLYP").doesNotContain("\n");
        assertThat(shown.codePointCount(0, shown.length())).isLessThanOrEqualTo(300);
        assertThat(shown.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE)).as("no emoji cut in half")
                .isTrue();
        assertThat(ImportModal.excerpt("Book the room\nfor October")).isEqualTo("Book the room for October");
    }
}
