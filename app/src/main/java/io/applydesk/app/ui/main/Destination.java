package io.applydesk.app.ui.main;

/**
 * The pages of the sidebar, in sidebar order (Ctrl+1 … Ctrl+9 follow it). A new page is one more constant
 * here plus its page factory in {@code MainWindow}.
 */
public enum Destination {
    DASHBOARD("Dashboard", "navDashboard"),
    RUN_ONCE("Run once", "navRunOnce"),
    AUTOPILOT("Autopilot", "navAutopilot"),
    SESSIONS("Sessions", "navSessions"),
    APPLICATIONS("Applications", "navApplications"),
    NEEDS_YOU("Needs you", "navNeedsYou"),
    PROFILE("Profiles", "navProfile"),
    ANALYTICS("Analytics", "navAnalytics"),
    SETTINGS("Settings", "navSettings");

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
