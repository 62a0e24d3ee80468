package io.applydesk.core.session;

import java.util.List;

public record SearchContext(List<String> titles, List<String> locations) {

    public SearchContext {
        titles = titles == null ? List.of() : List.copyOf(titles);
        locations = locations == null ? List.of() : List.copyOf(locations);
    }
}
