package org.themebot.partnership;

import java.util.Optional;
import org.themebot.actions.AsCommands;
import org.themebot.slack.goodpractice.GoodPracticeCommands;
import org.themebot.slack.groups.GroupCommands;
import org.themebot.actions.MeetingLink;
import org.themebot.actions.ActionService;
import org.themebot.goodpractice.GoodPracticeSettingsService;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.themebot.commands.Invocation;
import org.themebot.goodpractice.GoodPracticeService;
import org.themebot.groups.GroupService;
import org.themebot.plans.PlanDraft;
import org.themebot.plans.PlanService;
import org.themebot.plans.PlanStatus;

/**
 * A partnership board in channel C0BOARD chaired by Pam, and three theme groups, each with its
 * chair and some actions, objectives and good practice: what partnership tests act on.
 */
final class Board {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String PAM = "U0PAM";
    static final String BOARD = "C0BOARD";

    final Jdbi jdbi;
    final String workspace;
    final PartnershipService partnerships;

    Board(Jdbi jdbi, String workspace) {
        this.jdbi = jdbi;
        this.workspace = workspace;
        this.partnerships = new PartnershipService(jdbi, LONDON);
    }

    Invocation at(String channel, String user, String instant) {
        return new Invocation(workspace, channel, "channel", user, Instant.parse(instant));
    }

    Partnership setUp(String instant) {
        return partnerships.setup(at(BOARD, PAM, instant), "Sheffield First Partnership", List.of(),
                List.of("U0PAMSEC")).partnership();
    }

    /** A group in {@code channel} chaired by {@code chair}, with its strands, actions, plan and good practice. */
    void group(String channel, String name, String chair, String instant, String strands) {
        Invocation inv = at(channel, chair, instant);
        new GroupService(jdbi, LONDON).setup(inv, GroupCommands.setupRequest("name " + name));
        if (!strands.isEmpty()) {
            new GoodPracticeSettingsService(jdbi).setStrands(inv, strands);
        }
    }

    void action(String channel, String chair, String instant, String args) {
        new AsCommands(new ActionService(jdbi, MeetingLink.NONE)).add(at(channel, chair, instant), args);
    }

    void done(String channel, String chair, String instant, String ref) {
        new AsCommands(new ActionService(jdbi, MeetingLink.NONE)).done(at(channel, chair, instant), ref);
    }

    void atRisk(String channel, String chair, String instant, String objective) {
        PlanService plans = new PlanService(jdbi);
        int number = plans.add(at(channel, chair, instant), PlanDraft.quick(objective, List.of(), "2026/27")).item().number();
        plans.status(at(channel, chair, instant), number, PlanStatus.AT_RISK, Optional.empty());
    }

    void goodPractice(String channel, String user, String instant, String args) {
        new GoodPracticeService(jdbi).submit(at(channel, user, instant), GoodPracticeCommands.draft(args));
    }
}
