package org.themebot.goodpractice;

import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.commands.Refs;
import org.themebot.slack.goodpractice.GoodPracticeCommands;

/** The service driven with /goodpractice's text, read the way its grammar reads it, then one typed call. */
final class GoodPracticeAsCommands {

    private final GoodPracticeService goodPractice;

    GoodPracticeAsCommands(GoodPracticeService goodPractice) {
        this.goodPractice = goodPractice;
    }

    GoodPracticeService.Changed submit(Invocation inv, String text) {
        return goodPractice.submit(inv, GoodPracticeCommands.draft(text));
    }

    GoodPracticeService.Changed submit(Invocation inv, Draft draft) {
        return goodPractice.submit(inv, draft);
    }

    GoodPracticeService.Listed list(Invocation inv, String text) {
        return goodPractice.list(inv, GoodPracticeCommands.listing(text));
    }

    GoodPracticeService.Changed show(Invocation inv, String text) {
        return goodPractice.show(inv, Refs.only(text, 'G', "good-practice example"));
    }

    GoodPracticeService.Changed table(Invocation inv, String text) {
        return goodPractice.table(inv, Refs.only(text, 'G', "good-practice example"));
    }

    GoodPracticeService.Changed withdraw(Invocation inv, String text) {
        return goodPractice.withdraw(inv, Refs.only(text, 'G', "good-practice example"));
    }

    GoodPracticeService.Export export(Invocation inv, String text) {
        if (!text.isBlank()) {
            throw new CommandError("/goodpractice export takes nothing after it.", "");
        }
        return goodPractice.export(inv);
    }

    GoodPracticeService.Form form(Invocation inv) {
        return goodPractice.form(inv);
    }
}
