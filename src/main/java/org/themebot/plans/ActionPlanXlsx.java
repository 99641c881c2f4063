package org.themebot.plans;

/**
 * The action plan as a spreadsheet: the title, the five-column header, a row per objective with
 * each cell's lines wrapped. Every cell is a text cell, so typed text starting "=" is never a formula.
 */
final class ActionPlanXlsx {

    /** Column widths in characters. */
    private static final int[] WIDTHS = {40, 40, 24, 36, 48};

    private ActionPlanXlsx() {
    }

    static byte[] render(ActionPlan plan) {
        return Spreadsheet.write(plan.title(), "Action Plan", ActionPlan.HEADER, WIDTHS,
                plan.rows().stream().map(ActionPlan.Row::cells).toList());
    }
}
