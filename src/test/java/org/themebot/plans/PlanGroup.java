package org.themebot.plans;

import java.time.Instant;
import java.time.ZoneId;
import org.jdbi.v3.core.Jdbi;
import org.themebot.actions.AsCommands;
import org.themebot.meetings.MeetingAsCommands;
import org.themebot.meetings.MeetingLinks;
import org.themebot.slack.groups.GroupCommands;
import org.themebot.actions.ActionService;
import org.themebot.commands.Invocation;
import org.themebot.goodpractice.TabledGoodPractice;
import org.themebot.groups.GroupService;
import org.themebot.meetings.MeetingService;

/**
 * A theme group in a channel of its own, with Sue Bent as chair and Debbie Briggs as secretary,
 * and June Jeffrey as a member: what plan tests act in. Invocations are made at the instants given.
 */
record PlanGroup(Jdbi jdbi, String channel) {

    static final String SUE = "U0SUE";
    static final String DEBBIE = "U0DEBBIE";
    static final String JUNE = "U0JUNE";
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    static PlanGroup setUp(Jdbi jdbi, String channel, String name, Instant at) {
        PlanGroup group = new PlanGroup(jdbi, channel);
        new GroupService(jdbi, LONDON).setup(group.as(SUE, at),
                GroupCommands.setupRequest("name " + name + " secretary <@" + DEBBIE + ">"));
        return group;
    }

    Invocation as(String user, Instant at) {
        return new Invocation("T1", channel, "equalities", user, at);
    }

    Invocation as(String user, String at) {
        return as(user, Instant.parse(at));
    }

    AsCommands actions() {
        return new AsCommands(new ActionService(jdbi, new MeetingLinks()));
    }

    MeetingAsCommands meetings() {
        return new MeetingAsCommands(new MeetingService(jdbi, new TabledGoodPractice(),
                new ActionService(jdbi, new MeetingLinks())));
    }

    PlanService plans() {
        return new PlanService(jdbi);
    }

}
