package io.applydesk.app.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.app.ui.common.ShownText;
import io.applydesk.app.ui.theme.ThemeManager;
import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.job.AtsType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The live run page lays its table out ahead of the first run, unseen, and the first run's rows then reuse those
 * rows' cells: the moment a run starts, its browsers take the CPU, and building and styling a screenful of table
 * cells then was the longest stall of the window.
 */
@ExtendWith(ApplicationExtension.class)
class RunViewTest {
    private RunView view;
    private TableView<RunRow> table;

    @Start
    void start(Stage stage) {
        view = new RunView();
        ThemeManager theme = new ThemeManager();
        Scene scene = new Scene(view.root(), 1000, 700);
        theme.attach(scene);
        stage.setScene(scene);
        stage.show();
        table = (TableView<RunRow>) scene.lookup("#runTable");
    }

    @Test
    void theFirstRunFillsRowsLaidOutAheadWithoutShowingTheSamples() throws Exception {
        FlowPane tilePane = (FlowPane) view.root().lookup("#liveJobsPane");
        Set<Node> tilesAhead = fx(() -> {
            Set<Node> added = Collections.newSetFromMap(new IdentityHashMap<>());
            ListChangeListener<Node> recorder = change -> {
                while (change.next()) {
                    added.addAll(change.getAddedSubList());
                }
            };
            tilePane.getChildren().addListener(recorder);
            view.layOutAhead();
            tilePane.getChildren().removeListener(recorder);
            return added;
        });
        assertEquals(List.of(), fx(() -> List.copyOf(tilePane.getChildren())), "no sample tile is left to be seen");
        assertEquals(List.of(), fx(() -> List.copyOf(table.getItems())), "no sample row is left to be seen");
        Set<Node> rowsAhead = fx(this::tableRows);
        Set<Node> cellsAhead = fx(() -> cellsOf(rowsAhead));
        Set<Node> logCellsAhead = fx(this::logCells);
        assertTrue(logCellsAhead.size() >= 3, "and lines of the log: " + logCellsAhead.size());
        assertTrue(rowsAhead.size() >= 3, "a screenful of rows was made ahead: " + rowsAhead.size());

        List<Application> applications = IntStream.rangeClosed(1, 3).mapToObj(RunViewTest::queued).toList();
        RunViewModel run = new RunViewModel("ses_1", "run_1", applications, null, null, null, ZoneOffset.UTC);
        fx(() -> {
            view.show(run);
            run.log().addAll("09:00:01 Applying to Engineer 1", "09:00:02 Applying to Engineer 2");
            view.root().layout();
            return null;
        });

        assertEquals(List.of("app_1", "app_2", "app_3"),
                fx(() -> table.getItems().stream().map(row -> row.application().applicationId()).toList()));
        List<Node> shown = fx(() -> tableRows().stream()
                .filter(row -> row.isVisible() && !((TableRow<?>) row).isEmpty()).toList());
        assertEquals(3, shown.size(), "one row per application");
        assertTrue(shown.stream().allMatch(rowsAhead::contains),
                "the run's rows are shown in the rows made ahead, not in new ones");
        Set<Node> cellsNow = fx(() -> cellsOf(shown));
        assertEquals(3 * table.getColumns().size(), cellsNow.size());
        assertTrue(cellsNow.stream().allMatch(cellsAhead::contains), "and in their cells made ahead");
        List<Node> linesShown = fx(() -> logCells().stream().filter(cell -> ((ListCell<?>) cell).getItem() != null)
                .toList());
        assertEquals(2, linesShown.size());
        assertTrue(linesShown.stream().allMatch(logCellsAhead::contains), "the log's lines too");

        fx(() -> run.liveJobs().setAll(live(1, null), live(2, null), live(3, null)));
        assertEquals(List.of("Engineer 1", "Engineer 2", "Engineer 3"), fx(() -> jobsShown(tilePane)));
        assertTrue(tilesAhead.containsAll(fx(() -> List.copyOf(tilePane.getChildren()))),
                "the first jobs are shown in tiles made ahead");
    }

    @Test
    void aRunThatFillsTheTableIsShownInRowsMadeAhead() throws Exception {
        fx(() -> {
            view.layOutAhead();
            return null;
        });
        Set<Node> rowsAhead = fx(this::tableRows);
        List<Application> applications = IntStream.rangeClosed(1, 40).mapToObj(RunViewTest::queued).toList();
        RunViewModel run = new RunViewModel("ses_1", "run_1", applications, null, null, null, ZoneOffset.UTC);
        fx(() -> {
            view.show(run);
            view.root().layout();
            return null;
        });

        List<Node> shown = fx(() -> tableRows().stream()
                .filter(row -> row.isVisible() && !((TableRow<?>) row).isEmpty()).toList());
        assertTrue(shown.size() >= 5, "a screenful: " + shown.size());
        assertTrue(rowsAhead.containsAll(shown), "no row made as the run starts (the live tiles made ahead did "
                + "not shorten the table then): " + shown.stream().filter(row -> !rowsAhead.contains(row)).count());
    }

    @Test
    void liveTilesThatStayAreNeverTakenOutOfThePane() throws Exception {
        Region first = new Region();
        Region second = new Region();
        Region third = new Region();
        Region fourth = new Region();
        ObservableList<Node> children = FXCollections.observableArrayList(first, second, third);
        List<Node> removed = new ArrayList<>();
        children.addListener((ListChangeListener<Node>) change -> {
            while (change.next()) {
                removed.addAll(change.getRemoved());
            }
        });

        // The first job ended and a fourth started: one tile goes, one comes, two stay where they were.
        RunView.showInOrder(children, List.of(second, third, fourth));
        assertEquals(List.of(second, third, fourth), children);
        assertEquals(List.of(first), removed, "only the ended job's tile left the pane");

        removed.clear();
        RunView.showInOrder(children, List.of(second, first, third, fourth));
        assertEquals(List.of(second, first, third, fourth), children, "a tile coming back goes where it belongs");
        assertEquals(List.of(), removed);

        RunView.showInOrder(children, List.of(fourth, third, second, first));
        assertEquals(List.of(fourth, third, second, first), children, "a new order is shown as asked");
    }

    @Test
    void aNewJobTakesTheTileOfAJobThatEndedInItsPlace() throws Exception {
        RunViewModel run = new RunViewModel("ses_1", "run_1", List.of(), null, null, null, ZoneOffset.UTC);
        FlowPane pane = (FlowPane) view.root().lookup("#liveJobsPane");
        fx(() -> {
            view.show(run);
            run.liveJobs().setAll(live(1, picture()), live(2, null), live(3, null));
            return null;
        });
        List<Node> tiles = fx(() -> List.copyOf(pane.getChildren()));
        assertEquals(List.of("Engineer 1", "Engineer 2", "Engineer 3"), fx(() -> jobsShown(pane)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> pictureIn(tiles.get(0))) != null);
        List<Node> removed = new ArrayList<>();
        fx(() -> {
            pane.getChildren().addListener((ListChangeListener<Node>) change -> {
                while (change.next()) {
                    removed.addAll(change.getRemoved());
                }
            });
            return null;
        });

        fx(() -> run.liveJobs().setAll(live(2, null), live(3, null), live(4, null)));
        assertEquals(tiles, fx(() -> List.copyOf(pane.getChildren())), "the same tiles, in the same places");
        assertEquals(List.of("Engineer 4", "Engineer 2", "Engineer 3"), fx(() -> jobsShown(pane)),
                "the new job in the ended job's place");
        assertNull(fx(() -> pictureIn(tiles.get(0))), "and not under the ended job's picture");
        assertEquals(List.of(), removed, "no tile left the pane");

        // A job ends with none to follow it at once: its tile leaves, and the next job takes it back.
        fx(() -> run.liveJobs().setAll(live(3, null), live(4, null)));
        assertEquals(List.of("Engineer 4", "Engineer 3"), fx(() -> jobsShown(pane)));
        fx(() -> run.liveJobs().setAll(live(3, null), live(4, null), live(5, null)));
        assertEquals(List.of("Engineer 4", "Engineer 3", "Engineer 5"), fx(() -> jobsShown(pane)));
        assertEquals(Set.copyOf(tiles), fx(() -> Set.copyOf(pane.getChildren())), "no new tile was made");
    }

    @Test
    void inANarrowPaneTheEvidenceHeadingKeepsItsWidthAndItsCaptionGivesWay() throws Exception {
        Label heading = (Label) view.root().lookup("#evidenceHeading");
        Label caption = (Label) view.root().lookup("#evidenceCaption");
        fx(() -> {
            caption.setText("Confirmation page of Senior Data Engineer at Fernleaf, 29 Nov 09:14");
            SplitPane panes = (SplitPane) view.root().lookupAll(".split-pane").stream()
                    .filter(pane -> ((SplitPane) pane).getItems().contains(heading.getParent().getParent()))
                    .findFirst().orElseThrow();
            panes.setDividerPositions(0.93);
            view.root().applyCss();
            view.root().layout();
            return null;
        });

        assertEquals(fx(() -> heading.prefWidth(-1)), fx(heading::getWidth), 0.5, "the heading is not cut");
        assertTrue(fx(() -> caption.getWidth() < caption.prefWidth(-1)), "the caption gave way");
    }

    @Test
    void aLongLogLineWrapsWithinTheLogAndIsShownWhole() throws Exception {
        String line = "09:00:01  Northwind Robotics \u2014 Backend Engineer: Opening"
                + " http://127.0.0.1:36453/greenhouse/northwind-robotics/jobs/4012345 and waiting for its form to load";
        ListView<?> log = (ListView<?>) view.root().lookup("#runLog");
        RunViewModel run = new RunViewModel("ses_1", "run_1", List.of(queued(1)), null, null, null, ZoneOffset.UTC);
        fx(() -> {
            view.show(run);
            run.log().addAll("09:00:00  Applying to Engineer 1", line);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        ListCell<?> cell = fx(() -> logCells().stream().map(c -> (ListCell<?>) c).filter(c -> line.equals(c.getItem()))
                .findFirst().orElseThrow());
        assertTrue(fx(() -> cell.getWidth() <= log.getWidth()),
                () -> "the line is " + cell.getWidth() + " px wide in a log of " + log.getWidth());
        assertEquals(line, fx(() -> ShownText.of(cell)), "the whole line, on as many rows as it takes");
    }

    @Test
    void aFinishedRunShownAgainSaysWhereItsStepsAreInsteadOfPromisingALog() throws Exception {
        Label empty = (Label) view.root().lookup("#runLogEmpty");
        fx(() -> {
            view.show(new RunViewModel("ses_1", "run_1", List.of(queued(1)), null, null, null, ZoneOffset.UTC));
            return null;
        });
        assertEquals("The steps of each application appear here as they happen.", fx(empty::getText));

        Application sent = application(2, ApplicationStatus.SUCCESS);
        fx(() -> {
            view.show(new RunViewModel("ses_1", "run_2", List.of(sent), null, null, null, ZoneOffset.UTC));
            return null;
        });
        assertTrue(fx(empty::getText).contains("Applications page"), () -> "says: " + empty.getText());
    }

    @Test
    void aLiveTileCutToFitShowsItsWholeNameAndProgressLineInATooltipAndKeepsItsHeight() throws Exception {
        String name = "Northwind Robotics \u2014 Senior Backend Engineer, Platform Reliability";
        String opening = "Opening http://127.0.0.1:36453/greenhouse/northwind-robotics/jobs/4012345 and waiting for "
                + "its form to load";
        RunViewModel run = new RunViewModel("ses_1", "run_1", List.of(), null, null, null, ZoneOffset.UTC);
        FlowPane pane = (FlowPane) view.root().lookup("#liveJobsPane");
        fx(() -> {
            view.show(run);
            run.liveJobs().setAll(new LiveJob("app_1", name, "Filling 11 fields", null));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node tile = fx(() -> pane.getChildren().get(0));
        Label job = fx(() -> (Label) tile.lookup(".text-bold"));
        Label line = fx(() -> (Label) tile.lookup(".live-line"));
        double height = fx(() -> tile.getBoundsInParent().getHeight());
        assertEquals("Filling 11 fields", fx(() -> ShownText.of(line)));
        assertNull(fx(line::getTooltip), "no tooltip repeating a line shown whole");
        assertNotEquals(name, fx(() -> ShownText.of(job)), "the name is cut");
        assertEquals(name, fx(() -> job.getTooltip().getText()), "and whole in its tooltip");

        fx(() -> run.liveJobs().setAll(new LiveJob("app_1", name, opening, null)));
        WaitForAsyncUtils.waitForFxEvents();
        String shown = fx(() -> ShownText.of(line));
        assertTrue(shown.startsWith("Opening http://127.0.0.1:36453/") && !opening.equals(shown),
                () -> "the progress line takes two lines, cut at the end of the second: " + shown);
        assertEquals(opening, fx(() -> line.getTooltip().getText()), "and is whole in its tooltip");
        Tooltip first = fx(line::getTooltip);
        assertEquals(height, fx(() -> tile.getBoundsInParent().getHeight()), 0.5, "the tile kept its height");

        String asked = "Answering \"Which of our open-source projects have you contributed to, and what did you do "
                + "there?\"";
        fx(() -> run.liveJobs().setAll(new LiveJob("app_1", name, asked, null)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(asked, fx(() -> line.getTooltip().getText()), "the tooltip follows the line");
        assertSame(first, fx(line::getTooltip), "in the tooltip it had");
    }

    @Test
    void aRunTableCellCutToFitShowsItsWholeTextInATooltip() throws Exception {
        Application longOne = new Application("app_1", "ses_1", "run_1", "prof_1",
                "https://jobs.smartrecruiters.com/Northwind/4012345", "smartrecruiters:1",
                "Senior Backend Engineer, Platform Reliability and Developer Experience", "Northwind Robotics", "1",
                AtsType.SMARTRECRUITERS, ApplicationStatus.SUCCESS, null, null, null, null, null, null, null, null,
                null, null, null);
        String confirmed = "Sent and confirmed: https://jobs.smartrecruiters.com/Northwind/4012345/confirmation"
                + "?utm_source=applydesk";
        RunViewModel run = new RunViewModel("ses_1", "run_1", List.of(), null, null, null, ZoneOffset.UTC);
        fx(() -> {
            view.show(run);
            table.getItems().setAll(new RunRow(longOne, confirmed), new RunRow(queued(2), "Waiting"));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        for (String column : List.of("Job", "ATS", "Result")) {
            TableCell<?, ?> cell = fx(() -> cellOf(0, column));
            String full = fx(cell::getText);
            String shown = fx(() -> ShownText.of(cell));
            if (!column.equals("ATS")) {
                assertNotEquals(full, shown, column + " is cut in this table");
            }
            // "SmartRecruiters" is cut or not by a few pixels, as the columns share the table's width.
            assertEquals(full.equals(shown) ? null : full,
                    fx(() -> cell.getTooltip() == null ? null : cell.getTooltip().getText()),
                    column + " shown as " + shown + " has its whole text in a tooltip when cut, none otherwise");
            TableCell<?, ?> whole = fx(() -> cellOf(1, column));
            assertEquals(fx(whole::getText), fx(() -> ShownText.of(whole)));
            assertNull(fx(whole::getTooltip), column + " shown whole has no tooltip");
        }
    }

    @Test
    void theNewestLogLineIsShownWholeAtTheBottomOfTheLog() throws Exception {
        ListView<?> log = (ListView<?>) view.root().lookup("#runLog");
        RunViewModel run = new RunViewModel("ses_1", "run_1", List.of(queued(1)), null, null, null, ZoneOffset.UTC);
        fx(() -> {
            view.show(run);
            run.liveJobs().setAll(live(1, null), live(2, null));
            return null;
        });
        // As the last line of a practice run: a link wrapped over four rows of the log.
        String newest = "22:09:42  Harborlight Health: Confirmed: http://127.0.0.1:32843/practice/workable/"
                + "harborlight-health/j/3F0A2C71D8/apply/thanks?submission=8f2c1a7e-55d0-4c1b-9a43-0e6b2d5f9c11"
                + "&source=applydesk";
        for (int tick = 0; tick < 4; tick++) {
            int at = tick;
            fx(() -> run.log().addAll(IntStream.range(0, 6).mapToObj(i -> "22:09:3" + at + "  Harborlight Health: "
                    + "answered \"Which of our open-source projects have you contributed to?\" (" + i + ")").toList()));
            WaitForAsyncUtils.waitForFxEvents();
        }
        // The run's last tick: its last lines, and its last tiles gone (the log grows).
        fx(() -> {
            run.log().addAll("22:09:35  Harborlight Health: Filled 11 fields",
                    "22:09:36  Harborlight Health \u2014 Staff Product Designer, Care Team Tools: Submitting", newest);
            run.liveJobs().clear();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertShownWholeAtTheBottom(log, newest);

        // The log grows as the page around it changes (the live tiles go when the run ends) and as the window is
        // resized: its lines wrap anew, and the newest stays whole at the bottom.
        for (double[] size : new double[][] {{1000, 820}, {1200, 800}, {900, 760}}) {
            fx(() -> {
                view.root().getScene().getWindow().setWidth(size[0]);
                view.root().getScene().getWindow().setHeight(size[1]);
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertShownWholeAtTheBottom(log, newest);
        }
    }

    private void assertShownWholeAtTheBottom(ListView<?> log, String newest) throws Exception {
        ListCell<?> cell = fx(() -> logCells().stream().map(c -> (ListCell<?>) c)
                .filter(c -> c.isVisible() && newest.equals(c.getItem())).findFirst()
                .orElseThrow(() -> new AssertionError("newest not shown; shown: " + logCells().stream()
                        .map(c -> (ListCell<?>) c).filter(Node::isVisible)
                        .map(c -> c.getIndex() + "@" + c.getLayoutY() + "+" + c.getHeight()).toList()
                        + " of " + log.getItems().size() + " in " + log.getHeight())));
        Node clip = fx(() -> log.lookup(".clipped-container"));
        double bottom = fx(() -> clip.sceneToLocal(cell.localToScene(cell.getLayoutBounds())).getMaxY());
        double height = fx(() -> clip.getLayoutBounds().getHeight());
        assertTrue(bottom <= height + 0.5, () -> "the newest line (" + cell.getHeight() + " px) ends at " + bottom
                + " in a log " + height + " high, " + log.getWidth() + " wide");
        assertEquals(newest, fx(() -> ShownText.of(cell)));
    }

    /** The cell of the table's {@code row}th row in the column headed {@code column}. */
    private TableCell<?, ?> cellOf(int row, String column) {
        return table.lookupAll(".table-cell").stream().filter(TableCell.class::isInstance)
                .map(cell -> (TableCell<?, ?>) cell)
                .filter(cell -> cell.isVisible() && cell.getIndex() == row && cell.getTableColumn() != null
                        && column.equals(cell.getTableColumn().getText()))
                .findFirst().orElseThrow();
    }

    private static LiveJob live(int n, byte[] picture) {
        return new LiveJob("app_" + n, "Engineer " + n, null, picture);
    }

    /** A small PNG, as a browser page's thumbnail. */
    private static byte[] picture() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(32, 18, BufferedImage.TYPE_INT_RGB), "png", png);
        return png.toByteArray();
    }

    private static List<String> jobsShown(FlowPane pane) {
        return pane.getChildren().stream().map(tile -> ((Label) tile.lookup(".text-bold")).getText()).toList();
    }

    private static Image pictureIn(Node tile) {
        return ((ImageView) tile.lookup(".live-thumbnail")).getImage();
    }

    /** The log's line cells, by identity. */
    private Set<Node> logCells() {
        Set<Node> cells = Collections.newSetFromMap(new IdentityHashMap<>());
        cells.addAll(view.root().lookup("#runLog").lookupAll(".list-cell"));
        return cells;
    }

    /** The table's row cells, by identity. */
    private Set<Node> tableRows() {
        Set<Node> rows = Collections.newSetFromMap(new IdentityHashMap<>());
        rows.addAll(table.lookupAll(".table-row-cell").stream().filter(TableRow.class::isInstance)
                .collect(Collectors.toList()));
        return rows;
    }

    /** The cells of those rows, by identity. */
    private static Set<Node> cellsOf(java.util.Collection<Node> rows) {
        Set<Node> cells = Collections.newSetFromMap(new IdentityHashMap<>());
        rows.forEach(row -> cells.addAll(((TableRow<?>) row).getChildrenUnmodifiable().stream()
                .filter(TableCell.class::isInstance).toList()));
        return cells;
    }

    private static Application queued(int n) {
        return application(n, ApplicationStatus.QUEUED);
    }

    private static Application application(int n, ApplicationStatus status) {
        return new Application("app_" + n, "ses_1", "run_1", "prof_1", "https://boards.greenhouse.io/acme/jobs/" + n,
                "greenhouse:" + n, "Engineer " + n, "Company " + n, String.valueOf(n), AtsType.GREENHOUSE,
                status, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
    }
}
