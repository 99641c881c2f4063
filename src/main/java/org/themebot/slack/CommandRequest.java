package org.themebot.slack;

import org.themebot.commands.Invocation;
import org.themebot.people.Names;

/**
 * A subcommand as typed: who, where and when, the words after the subcommand's name (still in
 * Slack's escaped form, for the feature's grammar to read), and the names already known for
 * replies rendered before the ack.
 */
public record CommandRequest(Invocation invocation, String args, Names names) {
}
