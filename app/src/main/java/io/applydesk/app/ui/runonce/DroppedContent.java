package io.applydesk.app.ui.runonce;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.input.Dragboard;

/**
 * What the candidate dropped onto the wizard: files, plain text, a URL or HTML (a browser drag
 * offers several of these at once). Read once from the {@link Dragboard} so that the ViewModel
 * never sees JavaFX input classes and tests can build one without a drag gesture.
 *
 * @param files the dropped files; empty when none
 * @param text  plain text, or null
 * @param url   a single URL (a link dragged from a browser), or null
 * @param html  HTML with {@code <a href>} links, or null
 */
public record DroppedContent(List<Path> files, String text, String url, String html) {

    public DroppedContent {
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** Copies what {@code dragboard} holds; call it on the FX thread while handling the drop. */
    public static DroppedContent of(Dragboard dragboard) {
        List<Path> files = dragboard.hasFiles()
                ? dragboard.getFiles().stream().map(File::toPath).collect(Collectors.toList())
                : List.of();
        return new DroppedContent(files,
                dragboard.hasString() ? dragboard.getString() : null,
                dragboard.hasUrl() ? dragboard.getUrl() : null,
                dragboard.hasHtml() ? dragboard.getHtml() : null);
    }

    /** True when the dragboard holds anything the wizard can read; used to accept the drag. */
    public static boolean isReadable(Dragboard dragboard) {
        return dragboard.hasFiles() || dragboard.hasString() || dragboard.hasUrl() || dragboard.hasHtml();
    }

    /** The text forms in the order worth trying: plain text, then the URL, then HTML. */
    public List<String> texts() {
        return Stream.of(text, url, html)
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.toList());
    }
}
