package org.themebot.goodpractice;

import java.util.List;

/** What a group's good practice is described by: its equality strands and its guiding principles. */
public record GoodPracticeSettings(Strands strands, List<String> principles) {

    public GoodPracticeSettings {
        principles = List.copyOf(principles);
    }
}
