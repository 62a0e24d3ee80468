package io.applydesk.core.profile;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A profile read from a file laid over the stored profile it updates. What the file leaves out (a value
 * missing, null or blank, a list or map empty) keeps its stored value, at every depth: JSON Resume has no
 * place for gender, a school's city and the like, and a hosted-shape file may simply omit a section. A list
 * the file has replaces the stored list, but each of its entries that says nothing different from a stored
 * entry is that entry and keeps what it leaves out (the school's city again). The stored profile's id,
 * resumes, answers and creation time stay, as the file has none. Stateless and thread-safe.
 */
final class ProfileMerge {

    private ProfileMerge() {
    }

    /** {@code imported} over {@code stored}, as the class comment says. */
    static Profile over(Profile imported, Profile stored) {
        return (Profile) merge(imported, stored);
    }

    private static Object merge(Object imported, Object stored) {
        if (leftOut(imported)) {
            return stored;
        }
        if (stored == null) {
            return imported;
        }
        if (imported instanceof List<?> entries) {
            return mergeEntries(entries, (List<?>) stored);
        }
        if (imported instanceof Record record) {
            return mergeRecord(record, (Record) stored);
        }
        return imported;
    }

    /** Each entry of the file, completed from the first unused stored entry it agrees with. */
    private static List<Object> mergeEntries(List<?> imported, List<?> stored) {
        List<Object> unused = new ArrayList<>(stored);
        List<Object> merged = new ArrayList<>();
        for (Object entry : imported) {
            Object same = unused.stream().filter(s -> agree(entry, s)).findFirst().orElse(null);
            unused.remove(same);
            merged.add(same == null ? entry : merge(entry, same));
        }
        return merged;
    }

    private static Record mergeRecord(Record imported, Record stored) {
        RecordComponent[] components = imported.getClass().getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = merge(valueOf(components[i], imported), valueOf(components[i], stored));
        }
        try {
            return imported.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Every profile record has its canonical constructor", e);
        }
    }

    /** True when {@code a} and {@code b} say nothing different: every value both have is the same. */
    private static boolean agree(Object a, Object b) {
        if (leftOut(a) || leftOut(b)) {
            return true;
        }
        if (a instanceof Record && a.getClass() == b.getClass()) {
            for (RecordComponent c : a.getClass().getRecordComponents()) {
                if (!agree(valueOf(c, a), valueOf(c, b))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    private static boolean leftOut(Object value) {
        return value == null || value instanceof String s && s.isBlank()
                || value instanceof Collection<?> c && c.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty();
    }

    private static Object valueOf(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("A record's accessor is public", e);
        }
    }
}
