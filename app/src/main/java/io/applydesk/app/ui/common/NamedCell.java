package io.applydesk.app.ui.common;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/** A choice shown by name; the null choice shows {@code none}. */
public final class NamedCell<T> extends ListCell<T> {
    private final Function<? super T, String> name;
    private final String none;

    public NamedCell(Function<? super T, String> name, String none) {
        this.name = name;
        this.none = none;
    }

    /** Shows {@code box}'s choices, in its list and on its button, by {@code name}. */
    public static <T> void showByName(ComboBox<T> box, Function<? super T, String> name, String none) {
        box.setButtonCell(new NamedCell<>(name, none));
        box.setCellFactory(list -> new NamedCell<>(name, none));
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item == null ? none : name.apply(item));
    }
}
