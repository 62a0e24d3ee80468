package io.applydesk.app.ui.inbox;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One list of the answer bank as the tab shows it: the rows matching the search, {@link #SIZE} at a time. A bank
 * grows by a question or two per new employer, and every row shown is a text field and buttons: hundreds at once
 * would make the tab slow to open and to scroll. Must be used on the UI thread.
 */
final class BankPage {
    static final int SIZE = 20;

    private final ObservableList<BankRow> shown = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper();
    private List<BankRow> all = List.of();
    private String search = "";
    private int page;

    /** This page's rows. */
    ObservableList<BankRow> shown() {
        return shown;
    }

    /** "21–40 of 143", "1–3 of 3 matching"; empty when every row is shown and nothing is searched. */
    ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    /** Whether a search hides rows: the list's "none" sentence then says nothing matches instead. */
    boolean searching() {
        return !search.isEmpty();
    }

    /** The list read again: the same page stays shown (an answer saved on page 3 leaves the candidate there). */
    void setAll(List<BankRow> rows) {
        all = List.copyOf(rows);
        refresh();
    }

    /** Keeps the rows whose question or answer contains {@code text}, whatever its case; back to the first page. */
    void search(String text) {
        search = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        page = 0;
        refresh();
    }

    void next() {
        page++;
        refresh();
    }

    void previous() {
        page--;
        refresh();
    }

    private void refresh() {
        List<BankRow> matching = search.isEmpty() ? all : all.stream().filter(this::matches).toList();
        int pages = Math.max(1, (matching.size() + SIZE - 1) / SIZE);
        page = Math.max(0, Math.min(page, pages - 1));
        int from = page * SIZE;
        int to = Math.min(from + SIZE, matching.size());
        List<BankRow> rows = matching.subList(from, to);
        if (!shown.equals(rows)) {
            shown.setAll(rows);
        }
        boolean whole = search.isEmpty() && pages == 1;
        position.set(whole || matching.isEmpty() ? ""
                : (from + 1) + "–" + to + " of " + matching.size() + (search.isEmpty() ? "" : " matching"));
        hasPrevious.set(page > 0);
        hasNext.set(page < pages - 1);
    }

    private boolean matches(BankRow row) {
        return row.question().toLowerCase(Locale.ROOT).contains(search)
                || row.answer().get().toLowerCase(Locale.ROOT).contains(search);
    }
}
