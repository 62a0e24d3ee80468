package io.applydesk.core.common;

import java.util.List;

/** One page of a list, as the hosted API returns it: {@code {data, pagination}}. */
public record Page<T>(List<T> data, Pagination pagination) {

    public Page {
        data = List.copyOf(data);
    }
}
