package io.applydesk.app.ui.main;

import atlantafx.base.controls.ToggleSwitch;
import io.applydesk.app.ui.common.PageView;
import io.applydesk.app.ui.common.ViewLoader;
import io.applydesk.app.ui.run.RunViewModel;
import io.applydesk.app.ui.theme.ThemeManager;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Code-behind of {@code Main.fxml}: the practice banner, the sidebar (one button per
 * {@link Destination}), the light/dark switch, and the content area showing one page at a time.
 */
public final class MainView {
    private final MainViewModel viewModel;
    private final ThemeManager theme;
    private final Map<Destination, Supplier<PageView>> pageFactories;
    private final Function<RunViewModel, PageView> runPages;
    private final Map<Destination, PageView> pages = new EnumMap<>(Destination.class);
    private final ToggleGroup navigationGroup = new ToggleGroup();
    private final Parent root;
    private PageView shownPage;

    @FXML private HBox practiceBanner;
    @FXML private Label practiceBannerText;
    @FXML private HBox browserBanner;
    @FXML private Label browserBannerText;
    @FXML private VBox navigation;
    @FXML private ToggleSwitch darkModeToggle;
    @FXML private StackPane content;

    /**
     * @param pageFactories builds the page of each destination except {@link Destination#RUNS}, on first show
     * @param runPages      builds the live page of a run
     */
    public MainView(MainViewModel viewModel, ThemeManager theme, Map<Destination, Supplier<PageView>> pageFactories,
                    Function<RunViewModel, PageView> runPages) {
        this.viewModel = viewModel;
        this.theme = theme;
        this.pageFactories = Map.copyOf(pageFactories);
        this.runPages = runPages;
        this.root = ViewLoader.load(this);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        practiceBanner.setVisible(viewModel.isPracticeMode());
        practiceBanner.setManaged(viewModel.isPracticeMode());
        practiceBannerText.setText(MainViewModel.PRACTICE_BANNER);
        boolean noBrowser = viewModel.browserProblem() != null;
        browserBanner.setVisible(noBrowser);
        browserBanner.setManaged(noBrowser);
        browserBannerText.setText(noBrowser ? "No browser to apply with: " + viewModel.browserProblem() : "");

        for (Destination destination : Destination.values()) {
            if (!hasPage(destination)) {
                continue;
            }
            ToggleButton button = new ToggleButton(destination.label());
            button.setId(destination.nodeId());
            button.getStyleClass().add("nav-item");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setToggleGroup(navigationGroup);
            button.setUserData(destination);
            navigation.getChildren().add(button);
        }
        // The sidebar always shows the current page; clicking the selected button keeps it selected.
        navigationGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                viewModel.destinationProperty().set((Destination) now.getUserData());
            }
        });
        viewModel.destinationProperty().addListener((obs, old, now) -> show(now));
        viewModel.currentRunProperty().addListener((obs, old, run) -> replaceRunPage(run));
        darkModeToggle.selectedProperty().bindBidirectional(theme.darkProperty());
        show(viewModel.destinationProperty().get());
    }

    /** Hides the current page (unsubscribing live ones); call when the window closes. */
    public void close() {
        if (shownPage != null) {
            shownPage.hidden();
            shownPage = null;
        }
    }

    /** Whether the window has a page for the destination (a page not built yet has no sidebar button). */
    private boolean hasPage(Destination destination) {
        return destination == Destination.RUNS || pageFactories.containsKey(destination);
    }

    private void show(Destination destination) {
        if (!hasPage(destination)) {
            // WHY: a link to a page this build lacks (the Dashboard's "Needs you") leaves the current page shown.
            viewModel.destinationProperty().set(shownPage == null ? Destination.DASHBOARD : currentDestination());
            return;
        }
        navigationGroup.getToggles().stream().filter(t -> t.getUserData() == destination).findFirst()
                .ifPresent(t -> t.setSelected(true));
        PageView page = pages.computeIfAbsent(destination, d -> d == Destination.RUNS
                ? new EmptyRunsPage() : pageFactories.get(d).get());
        if (page == shownPage) {
            return;
        }
        if (shownPage != null) {
            shownPage.hidden();
        }
        shownPage = page;
        content.getChildren().setAll(page.root());
        page.shown();
    }

    private Destination currentDestination() {
        return pages.entrySet().stream().filter(e -> e.getValue() == shownPage).map(Map.Entry::getKey).findFirst()
                .orElse(Destination.DASHBOARD);
    }

    private void replaceRunPage(RunViewModel run) {
        PageView old = pages.put(Destination.RUNS, runPages.apply(run));
        if (old != null && old == shownPage) {
            old.hidden();
            shownPage = null;
            show(Destination.RUNS);
        }
    }

    /** The Runs page before any run was started in this window. */
    private static final class EmptyRunsPage implements PageView {
        private final Parent root;

        EmptyRunsPage() {
            Label title = new Label("No run yet");
            title.getStyleClass().add("title-3");
            Label hint = new Label("Start one from Run once: paste or drop job links, then press Start.");
            hint.getStyleClass().add("text-muted");
            VBox box = new VBox(8, title, hint);
            box.setId("emptyRuns");
            box.getStyleClass().add("empty-state");
            root = box;
        }

        @Override
        public Parent root() {
            return root;
        }
    }
}
