package io.applydesk.app.ui.main;

/**
 * The pages of the sidebar, in sidebar order. A new page is one more constant here plus its view
 * in {@link MainView#viewFor}.
 */
public enum Destination {
    DASHBOARD("Dashboard", "navDashboard"),
    RUN_ONCE("Run once", "navRunOnce"),
    AUTOPILOT("Autopilot", "navAutopilot"),
    RUNS("Runs", "navRuns"),
    NEEDS_YOU("Needs you", "navNeedsYou"),
    PROFILE("Profile", "navProfile"),
    ANALYTICS("Analytics", "navAnalytics");

    private final String label;
    private final String nodeId;

    Destination(String label, String nodeId) {
        this.label = label;
        this.nodeId = nodeId;
    }

    public String label() {
        return label;
    }

    /** The sidebar button's fx:id, for tests. */
    public String nodeId() {
        return nodeId;
    }
}
