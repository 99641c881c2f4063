package org.themebot.export;

/** Turns one meeting's action notes into the bytes of one export file. */
public interface ActionNotesRenderer {
    byte[] render(ActionNotes notes);
}
