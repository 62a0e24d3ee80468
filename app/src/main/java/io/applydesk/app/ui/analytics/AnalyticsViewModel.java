package io.applydesk.app.ui.analytics;

import io.applydesk.app.ui.common.ChangeSource;
import io.applydesk.app.ui.common.LiveReload;
import io.applydesk.app.ui.common.SessionText;
import io.applydesk.app.ui.common.TaskExecutor;
import io.applydesk.core.analytics.AnalyticsReport;
import io.applydesk.core.analytics.AnalyticsService;
import io.applydesk.core.analytics.Period;
import io.applydesk.core.analytics.ProfileUsage;
import io.applydesk.core.analytics.RangeChoice;
import io.applydesk.core.analytics.StatusCounts;
import io.applydesk.core.analytics.TrendPoint;
import io.applydesk.core.application.ApplicationStatus;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Analytics page: the hosted usage figures as cards (applications, sent, failed, success rate, each
 * profile's caps), the trend over the chosen range (success rate and applications by status per period), the
 * split by ATS and a table by session. Applications are the started ones everywhere, as the hosted
 * {@code total_applications} counts them, so the chart's bars add up to the card; the success rate is over those
 * that ended sent or failed ({@link StatusCounts#finishedSuccessRate()}), so a run under way does not read as one
 * failing. Live while shown: {@link #activate()} listens to runs and sessions, and
 * the view's once-a-second {@link #tick()} reloads when something changed. Use on the UI thread; the figures
 * are read through the {@link TaskExecutor}.
 */
public final class AnalyticsViewModel {
    /** Said in place of the charts before the first application. */
    public static final String EMPTY_TEXT = "No applications yet. Apply to a few jobs from Run once, or start an "
            + "autopilot: your figures appear here as the applications go out.";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final AnalyticsService analytics;
    private final ZoneId zone;
    private final LiveReload<Figures> live;
    private final Runnable openRunOnce;

    // ---- Properties ----
    private final ObjectProperty<RangeChoice> range = new SimpleObjectProperty<>(RangeChoice.LAST_30_DAYS);
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rangeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper applicationsText = new ReadOnlyStringWrapper("0");
    private final ReadOnlyStringWrapper notCountedText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper successfulText = new ReadOnlyStringWrapper("0");
    private final ReadOnlyStringWrapper failedText = new ReadOnlyStringWrapper("0");
    private final ReadOnlyStringWrapper successRateText = new ReadOnlyStringWrapper("—");
    private final ReadOnlyStringWrapper successRateDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper trendTitle = new ReadOnlyStringWrapper("Applications per day");
    private final ReadOnlyObjectWrapper<Trend> trend = new ReadOnlyObjectWrapper<>(Trend.NONE);
    private final ObservableList<AtsBar> byAts = FXCollections.observableArrayList();
    private final ObservableList<SessionLine> bySession = FXCollections.observableArrayList();
    private final ObservableList<String> caps = FXCollections.observableArrayList();

    /**
     * @param zone    the zone the session times are shown in
     * @param changes     what says the stored applications or sessions changed
     * @param openRunOnce shows the Run once page (the empty state's action)
     */
    public AnalyticsViewModel(AnalyticsService analytics, ZoneId zone, TaskExecutor executor, ChangeSource changes,
                              Runnable openRunOnce) {
        this.analytics = analytics;
        this.openRunOnce = openRunOnce;
        this.zone = zone;
        this.live = new LiveReload<>(changes, executor, this::read, this::show, message::set);
        range.addListener((obs, old, now) -> reload());
    }

    /**
     * The figures over time: one label per period, the success rate (null where nothing ended sent or failed) and
     * the started applications by status.
     */
    public record Trend(List<String> labels, List<Double> successRates, Map<ApplicationStatus, List<Integer>> byStatus) {
        static final Trend NONE = new Trend(List.of(), List.of(), Map.of());
    }

    /** One ATS's bar: its started applications and how many of them were sent. */
    public record AtsBar(String ats, int applications, int successful) {
    }

    /** One row of the by-session table. */
    public record SessionLine(String sessionId, String name, String status, int applications, int successful,
                              int failed, String successRate, String nextRun) {
    }

    // ---- Properties ----

    /** The range shown; changing it reloads. */
    public ObjectProperty<RangeChoice> rangeProperty() {
        return range;
    }

    /** True when there is no application at all yet (not just none in the range): the page shows what to do. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** True once the first figures were read. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Why the figures could not be read, or "". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** e.g. "4 Oct 2026 – 2 Nov 2026". */
    public ReadOnlyStringProperty rangeTextProperty() {
        return rangeText.getReadOnlyProperty();
    }

    /** The hosted {@code total_applications} of the range: the started ones, as the chart stacks them. */
    public ReadOnlyStringProperty applicationsTextProperty() {
        return applicationsText.getReadOnlyProperty();
    }

    /**
     * e.g. "2 queued · 20 skipped, not counted": what the range holds besides the started applications (a duplicate
     * skipped never reached a form), so that a longer list elsewhere does not contradict the card; "" when nothing.
     */
    public ReadOnlyStringProperty notCountedTextProperty() {
        return notCountedText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty successfulTextProperty() {
        return successfulText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failedTextProperty() {
        return failedText.getReadOnlyProperty();
    }

    /** e.g. "60%": sent of those that ended sent or failed; "—" when none did. */
    public ReadOnlyStringProperty successRateTextProperty() {
        return successRateText.getReadOnlyProperty();
    }

    /** What the rate is over, e.g. "of 5 sent or failed · 2 in progress". */
    public ReadOnlyStringProperty successRateDetailProperty() {
        return successRateDetail.getReadOnlyProperty();
    }

    /** "Applications per day", "… per week" or "… per month", as the range is grouped. */
    public ReadOnlyStringProperty trendTitleProperty() {
        return trendTitle.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Trend> trendProperty() {
        return trend.getReadOnlyProperty();
    }

    /** Per ATS, most applications first. */
    public ObservableList<AtsBar> byAts() {
        return byAts;
    }

    /** Per session, newest first. */
    public ObservableList<SessionLine> bySession() {
        return bySession;
    }

    /** One line per profile, e.g. "Dana Okafor: 37 of 500 this month · 120 of 1,000 in all". */
    public ObservableList<String> caps() {
        return caps;
    }

    // ---- Commands ----

    /** The page is shown: listen for changes and read the figures. */
    public void activate() {
        live.activate();
    }

    /** The page is hidden: stop listening. */
    public void deactivate() {
        live.deactivate();
    }

    /** The view's once-a-second tick: reads the figures again if something changed since the last read. */
    public void tick() {
        live.tick();
    }

    /** The empty state's action: go and apply to a few links. */
    public void applyToLinks() {
        openRunOnce.run();
    }

    /** Reads the figures of the chosen range. */
    public void reload() {
        live.reload();
    }

    // ---- Internals ----

    /** What one read brings back from the worker thread. */
    private record Figures(AnalyticsReport report, List<ProfileUsage> usage, boolean anyApplication) {
    }

    /** UI thread: the work of one read, for the range chosen now. */
    private java.util.concurrent.Callable<Figures> read() {
        RangeChoice chosen = range.get();
        return () -> new Figures(analytics.report(chosen, null), analytics.usage(), !analytics.recent(null, 1).isEmpty());
    }

    private void show(Figures figures) {
        AnalyticsReport report = figures.report();
        message.set("");
        empty.set(!figures.anyApplication());
        rangeText.set(FULL.format(report.query().startDate()) + " – " + FULL.format(report.query().endDate()));
        StatusCounts totals = report.totals();
        applicationsText.set(number(totals.totalApplications()));
        notCountedText.set(totals.notStarted().byStatus().isEmpty() ? ""
                : totals.notStarted().byStatus().entrySet().stream().map(e -> number(e.getValue()) + " "
                + e.getKey().name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" · ")) + ", not counted");
        successfulText.set(number(totals.successful()));
        failedText.set(number(totals.failed()));
        successRateText.set(percent(totals.finishedSuccessRate()));
        successRateDetail.set(rateDetail(totals));
        Period period = report.query().period();
        trendTitle.set("Applications per " + period.apiValue());
        trend.set(trendOf(report.trend(), period));
        byAts.setAll(report.byAts().stream().map(f -> new AtsBar(f.ats().displayName(),
                f.counts().totalApplications(), f.counts().successful())).toList());
        bySession.setAll(report.bySession().stream().map(f -> new SessionLine(f.session().sessionId(),
                SessionText.name(f.session(), zone), SessionText.status(f.session().status()), f.counts().totalApplications(),
                f.counts().successful(), f.counts().failed(), percent(f.counts().finishedSuccessRate()),
                SessionText.when(f.session().stats().nextRunAt(), zone))).toList());
        caps.setAll(figures.usage().stream().map(AnalyticsViewModel::capsLine).toList());
        loaded.set(true);
    }

    private static Trend trendOf(List<TrendPoint> points, Period period) {
        List<String> labels = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        Map<ApplicationStatus, List<Integer>> byStatus = new EnumMap<>(ApplicationStatus.class);
        for (TrendPoint point : points) {
            point.counts().started().byStatus().keySet()
                    .forEach(status -> byStatus.putIfAbsent(status, new ArrayList<>()));
        }
        for (TrendPoint point : points) {
            labels.add(label(point.start(), period));
            rates.add(point.counts().finishedSuccessRate());
            byStatus.forEach((status, counts) -> counts.add(point.counts().count(status)));
        }
        return new Trend(List.copyOf(labels), rates, byStatus);
    }

    /** "of 5 sent or failed", then how many are still being applied, if any. */
    private static String rateDetail(StatusCounts totals) {
        int applying = totals.count(ApplicationStatus.PROCESSING);
        return "of " + number(totals.sentOrFailed()) + " sent or failed"
                + (applying > 0 ? " · " + number(applying) + " in progress" : "");
    }

    /** "2 Nov" for a day or a week (its Monday), "Nov 2026" for a month. */
    static String label(LocalDate start, Period period) {
        return period == Period.MONTH ? MONTH.format(start) : DAY.format(start);
    }

    static String capsLine(ProfileUsage usage) {
        return usage.profileName() + ": " + number(usage.caps().monthlyUsed()) + " of "
                + number(usage.caps().monthlyCap()) + " this month · " + number(usage.caps().totalUsed()) + " of "
                + number(usage.caps().totalCap()) + " in all";
    }

    private static String number(int n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    /** "60%", "66.7%", or "—" when there is no rate. */
    static String percent(Double rate) {
        if (rate == null) {
            return "—";
        }
        double rounded = Math.round(rate * 10) / 10.0;
        return (rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded)) + "%";
    }
}
