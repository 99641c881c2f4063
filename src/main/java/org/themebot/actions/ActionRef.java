package org.themebot.actions;

/** Which action a request means: by its ref in the channel's group (A3), or by id from a button. */
public sealed interface ActionRef {

    /** A3, as typed in a group's channel. */
    record Numbered(int number) implements ActionRef {
    }

    /** An action's id, carried by a button; found only within the presser's own workspace. */
    record Id(long id) implements ActionRef {
    }

    static ActionRef number(int number) {
        return new Numbered(number);
    }

    static ActionRef id(long id) {
        return new Id(id);
    }
}
