package io.applydesk.app.ui.main;

import atlantafx.base.controls.ToggleSwitch;
import io.applydesk.app.ui.common.FxTicker;
import io.applydesk.app.ui.common.PageView;
import io.applydesk.app.ui.common.Shortcuts;
import io.applydesk.app.ui.common.ViewLoader;
import io.applydesk.app.ui.theme.ThemeManager;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Code-behind of {@code Main.fxml}: the practice banner, the sidebar (one button per
 * {@link Destination}), the light/dark switch, and the content area showing one page at a time.
 */
public final class MainView {
    /** Between two steps of building pages ahead of their first visit (see prepareNextStep). */
    private static final Duration PREPARE_GAP = Duration.millis(200);
    /** Pages are built ahead only this long after the candidate last moved the mouse or typed: never under a click. */
    private static final long QUIET_BEFORE_PREPARING_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private final MainViewModel viewModel;
    private final ThemeManager theme;
    private final Map<Destination, Supplier<PageView>> pageFactories;
    private final Map<Destination, PageView> pages = new EnumMap<>(Destination.class);
    private final ToggleGroup navigationGroup = new ToggleGroup();
    private final Parent root;
    private PageView shownPage;
    private Destination shownDestination;
    /** The shown page's own shortcuts, in the scene while it is shown. */
    private Map<KeyCombination, Runnable> pageShortcuts = Map.of();
    private final FxTicker preparer = new FxTicker(PREPARE_GAP, this::prepareNextStep);
    private long lastInputAt = System.nanoTime();
    /** What is left to prepare of the page being prepared ahead of its first visit. */
    private final Queue<Runnable> preparationSteps = new ArrayDeque<>();

    @FXML private HBox practiceBanner;
    @FXML private Label practiceBannerText;
    @FXML private Button setUpOwnProfileButton;
    @FXML private HBox browserBanner;
    @FXML private Label browserBannerText;
    @FXML private VBox navigation;
    @FXML private ToggleSwitch darkModeToggle;
    @FXML private StackPane content;

    /**
     * @param pageFactories builds the page of each destination, on first show
     */
    public MainView(MainViewModel viewModel, ThemeManager theme, Map<Destination, Supplier<PageView>> pageFactories) {
        this.viewModel = viewModel;
        this.theme = theme;
        this.pageFactories = Map.copyOf(pageFactories);
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
        setUpOwnProfileButton.setVisible(viewModel.canSetUpOwnProfile());
        setUpOwnProfileButton.setManaged(viewModel.canSetUpOwnProfile());
        boolean noBrowser = viewModel.browserProblem() != null;
        browserBanner.setVisible(noBrowser);
        browserBanner.setManaged(noBrowser);
        browserBannerText.setText(noBrowser ? "No browser to apply with: " + viewModel.browserProblem() : "");

        for (Destination destination : Destination.values()) {
            ToggleButton button = new ToggleButton(destination.label());
            button.setId(destination.nodeId());
            Shortcuts.page(destination.ordinal()).ifPresent(keys ->
                    button.setTooltip(Shortcuts.tooltip(destination.label(), keys)));
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
        darkModeToggle.selectedProperty().bindBidirectional(theme.darkProperty());
        navigation.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                addShortcuts(scene);
                scene.addEventFilter(InputEvent.ANY, event -> lastInputAt = System.nanoTime());
            }
        });
        show(viewModel.destinationProperty().get());
        content.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false)
                .addListener((obs, was, showing) -> {
                    if (showing) {
                        preparer.start();
                    } else {
                        preparer.stop();
                    }
                });
    }

    /**
     * Prepares the pages not visited yet, one step per idle tick while the window is up: a page's FXML, then its
     * controls' skins and CSS, then a first layout (a step takes ~20–200 ms of the FX thread, the first pages' most).
     * The first visit is then quick, above all the Sessions page that a first run opens while its browsers start and
     * take the CPU (the longest stall of the window was there: ~0.3 s).
     */
    private void prepareNextStep() {
        if (System.nanoTime() - lastInputAt < QUIET_BEFORE_PREPARING_NANOS) {
            return;
        }
        if (preparationSteps.isEmpty()) {
            Destination next = Arrays.stream(Destination.values()).filter(d -> !pages.containsKey(d)).findFirst()
                    .orElse(null);
            if (next == null) {
                preparer.stop();
                return;
            }
            preparationSteps.add(() -> pageOf(next));
            preparationSteps.add(() -> whileUnseen(pageOf(next).root(), Parent::applyCss));
            preparationSteps.add(() -> whileUnseen(pageOf(next).root(), page -> {
                page.resize(content.getWidth(), content.getHeight());
                page.layout();
                pageOf(next).layOutAhead();
            }));
        }
        preparationSteps.remove().run();
    }

    /**
     * Does {@code step} to a page not shown, in the window but hidden (so that it shares the scene's style cache), where
     * it then stays; not to a page visited meanwhile.
     */
    private void whileUnseen(Parent page, Consumer<Parent> step) {
        if (shownPage != null && page == shownPage.root()) {
            return;
        }
        keepInWindow(page);
        step.accept(page);
    }

    /**
     * A page, once built, stays in the window, hidden while another is shown: showing it again only flips its
     * visibility. Moving a page into the window matches every one of its nodes to the style sheets again (~8 ms of the
     * FX thread for the Sessions page, then as long to restyle it), at the moment Start opens it while the browsers
     * start. Hidden pages are unsubscribed ({@link PageView#hidden}), so they do not change meanwhile.
     */
    private void keepInWindow(Parent page) {
        if (page.getParent() == null) {
            setShown(page, false);
            content.getChildren().add(page);
        }
    }

    private static void setShown(Parent page, boolean shown) {
        page.setVisible(shown);
        page.setManaged(shown);
    }

    private PageView pageOf(Destination destination) {
        return pages.computeIfAbsent(destination, d -> pageFactories.get(d).get());
    }

    /**
     * Ctrl+1 … Ctrl+9 (Cmd on macOS) open the sidebar's pages in order, as in most desktop apps with a
     * sidebar; the tooltips name them. The shown page's own shortcuts join them in {@link #enter}.
     */
    private void addShortcuts(Scene scene) {
        for (Destination destination : Destination.values()) {
            Shortcuts.page(destination.ordinal()).ifPresent(keys ->
                    scene.getAccelerators().put(keys, () -> viewModel.destinationProperty().set(destination)));
        }
    }

    /**
     * The page is shown: it reads and subscribes, and its own shortcuts work. WHY in the scene and only now: a key
     * goes to the scene's accelerators whatever has the focus, and the pages left stay in the scene, hidden.
     */
    private void enter(PageView page) {
        pageShortcuts = page.shortcuts();
        content.getScene().getAccelerators().putAll(pageShortcuts);
        page.shown();
    }

    /** The page is left or the window closes: it unsubscribes, and its shortcuts stop working. */
    private void leave(PageView page) {
        page.hidden();
        Scene scene = content.getScene();
        if (scene != null) {
            pageShortcuts.forEach(scene.getAccelerators()::remove);
        }
        pageShortcuts = Map.of();
    }

    @FXML
    private void setUpOwnProfile() {
        if (shownPage == null || shownPage.mayLeave()) {
            viewModel.setUpOwnProfile();
        }
    }

    /** Shows {@code text} on the destination's sidebar button instead of its label (a live count, say). */
    public void bindLabel(Destination destination, ObservableValue<String> text) {
        navigation.getChildren().stream().filter(n -> n.getUserData() == destination).findFirst()
                .ifPresent(button -> ((ToggleButton) button).textProperty().bind(text));
    }

    /** Hides the current page (unsubscribing live ones); call when the window closes. */
    public void close() {
        preparer.stop();
        if (shownPage != null) {
            leave(shownPage);
            shownPage = null;
        }
    }

    private void show(Destination destination) {
        if (shownPage != null && destination != shownDestination && !shownPage.mayLeave()) {
            // The page keeps the window (unsaved changes): the sidebar goes back to it.
            viewModel.destinationProperty().set(shownDestination);
            return;
        }
        navigationGroup.getToggles().stream().filter(t -> t.getUserData() == destination).findFirst()
                .ifPresent(t -> t.setSelected(true));
        PageView page = pageOf(destination);
        if (page == shownPage) {
            return;
        }
        if (shownPage != null) {
            leave(shownPage);
            setShown(shownPage.root(), false);
        }
        shownPage = page;
        shownDestination = destination;
        keepInWindow(page.root());
        setShown(page.root(), true);
        // First of the pages: a lookup by id meets the shown page's nodes before a hidden page's (pages share ids).
        page.root().toBack();
        if (content.getScene() == null) {
            // WHY: the window's first page reads its data once the window has drawn itself; reading at once, on the
            // two cores the window's first frame needed, made it show ~0.1 s later (docs/BENCHMARKS.md).
            afterFirstFrame(() -> {
                if (shownPage == page) {
                    enter(page);
                }
            });
        } else {
            enter(page);
        }
    }

    /** Runs {@code action} on the FX thread after the first frame of the scene this view is about to join. */
    private void afterFirstFrame(Runnable action) {
        content.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene == null) {
                    return;
                }
                content.sceneProperty().removeListener(this);
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    Platform.runLater(action);
                };
                scene.addPostLayoutPulseListener(once[0]);
            }
        });
    }
}
