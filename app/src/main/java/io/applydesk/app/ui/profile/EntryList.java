package io.applydesk.app.ui.profile;

import io.applydesk.core.profile.ProfileValidator.Problem;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One list section of the profile editor (work experience, education, languages …): its entries as
 * editable text, with add, remove and reorder, and the conversion to and from the profile's records.
 * Every value is text; a {@link Kind#CHECK} field holds "true" or "false". Each field shows why its value
 * cannot be saved: a date that is not "YYYY-MM", or what the profile's rules say of the whole entry (an end
 * before the start …). Must be used on the UI thread.
 *
 * @param <T> the profile record one entry edits
 */
public final class EntryList<T> {
    private static final Pattern MONTH = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2]))?");
    /** Shown under a date that is not "YYYY-MM". */
    public static final String MONTH_ERROR = "Use the year and month, like 2021-03.";

    /** How a field is edited. */
    public enum Kind { TEXT, LONG_TEXT, MONTH, CHECK }

    /** One field of an entry: its key (the record component), its label and how it is edited. */
    public record Field(String key, String label, Kind kind) {
    }

    private final String id;
    private final String title;
    private final String itemName;
    private final List<Field> fields;
    private final Function<T, List<String>> toValues;
    private final Function<Entry, T> fromEntry;
    private final Function<T, List<Problem>> check;
    private final Runnable onChange;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();

    /**
     * @param id        the section's key in the profile JSON, also the prefix of its node ids
     * @param itemName  what one entry is called on the "Add" button, e.g. "job"
     * @param toValues  an item's field values, in {@code fields} order
     * @param fromEntry an entry back to an item
     * @param check     what the profile's rules say of an item, each problem naming its field's key
     * @param onChange  called on every edit, addition, removal and move
     */
    EntryList(String id, String title, String itemName, List<Field> fields, Function<T, List<String>> toValues,
              Function<Entry, T> fromEntry, Function<T, List<Problem>> check, Runnable onChange) {
        this.id = id;
        this.title = title;
        this.itemName = itemName;
        this.fields = List.copyOf(fields);
        this.toValues = toValues;
        this.fromEntry = fromEntry;
        this.check = check;
        this.onChange = onChange;
    }

    /** A section whose entries the profile's rules say nothing of beyond their dates. */
    EntryList(String id, String title, String itemName, List<Field> fields, Function<T, List<String>> toValues,
              Function<Entry, T> fromEntry, Runnable onChange) {
        this(id, title, itemName, fields, toValues, fromEntry, item -> List.of(), onChange);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String itemName() {
        return itemName;
    }

    public List<Field> fields() {
        return fields;
    }

    public ObservableList<Entry> entries() {
        return entries;
    }

    /** Adds an empty entry at the end and returns it. */
    public Entry add() {
        Entry entry = new Entry(fields, null, this::problemsOf, onChange);
        entries.add(entry);
        onChange.run();
        return entry;
    }

    public void remove(Entry entry) {
        if (entries.remove(entry)) {
            onChange.run();
        }
    }

    /** Moves the entry one place up ({@code -1}) or down ({@code +1}); nothing at either end. */
    public void move(Entry entry, int delta) {
        int from = entries.indexOf(entry);
        int to = from + delta;
        if (from < 0 || to < 0 || to >= entries.size()) {
            return;
        }
        entries.remove(from);
        entries.add(to, entry);
        onChange.run();
    }

    /** True when some entry has a value the profile cannot take. */
    public boolean hasErrors() {
        return entries.stream().anyMatch(Entry::hasErrors);
    }

    /** Replaces the entries with {@code items}, without counting as an edit. */
    void setAll(List<T> items) {
        entries.setAll(items.stream().map(item -> new Entry(fields, toValues.apply(item), this::problemsOf, onChange))
                .collect(Collectors.toList()));
    }

    /** What the profile's rules say of the entry; nothing of a blank one, which is dropped on saving. */
    private List<Problem> problemsOf(Entry entry) {
        return entry.isBlank() ? List.of() : check.apply(fromEntry.apply(entry));
    }

    /** The entries as the profile's records; entries left entirely blank are dropped. */
    List<T> items() {
        return entries.stream().filter(e -> !e.isBlank()).map(fromEntry).collect(Collectors.toList());
    }

    /** One entry: a text property and an error per field. */
    public static final class Entry {
        private final List<Field> fields;
        private final Function<Entry, List<Problem>> check;
        private final Map<String, StringProperty> values = new LinkedHashMap<>();
        private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();

        private Entry(List<Field> fields, List<String> initial, Function<Entry, List<Problem>> check,
                      Runnable onChange) {
            this.fields = fields;
            this.check = check;
            for (int i = 0; i < fields.size(); i++) {
                Field field = fields.get(i);
                String value = initial == null ? null : initial.get(i);
                StringProperty property = new SimpleStringProperty(value == null ? "" : value);
                // Any field may change another's message (ticking "I work here now" faults the end date).
                property.addListener((obs, old, now) -> {
                    checkAll();
                    onChange.run();
                });
                values.put(field.key(), property);
                errors.put(field.key(), new ReadOnlyStringWrapper(""));
            }
            checkAll(); // a stored entry that breaks a rule shows why at once
        }

        public StringProperty value(String key) {
            return values.get(key);
        }

        /** Why the value cannot be saved, or "". */
        public ReadOnlyStringProperty error(String key) {
            return errors.get(key).getReadOnlyProperty();
        }

        /** The trimmed value, or null when blank. */
        public String text(String key) {
            String value = values.get(key).get();
            return value == null || value.isBlank() ? null : value.trim();
        }

        public boolean flag(String key) {
            return "true".equals(values.get(key).get());
        }

        boolean hasErrors() {
            return errors.values().stream().anyMatch(e -> !e.get().isEmpty());
        }

        /** Each field's message: its own format first, then what the rules say of the whole entry. */
        private void checkAll() {
            Map<String, String> problems = new HashMap<>();
            check.apply(this).forEach(p -> problems.putIfAbsent(p.field(), p.message()));
            for (Field field : fields) {
                String own = errorFor(field, values.get(field.key()).get());
                errors.get(field.key()).set(own.isEmpty() ? problems.getOrDefault(field.key(), "") : own);
            }
        }

        private boolean isBlank() {
            return fields.stream().filter(f -> f.kind() != Kind.CHECK).allMatch(f -> text(f.key()) == null);
        }
    }

    private static String errorFor(Field field, String value) {
        if (field.kind() != Kind.MONTH || value == null || value.isBlank()) {
            return "";
        }
        return MONTH.matcher(value.trim()).matches() ? "" : MONTH_ERROR;
    }
}
